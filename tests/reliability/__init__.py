"""The reliability suite (issue 10): kill -9 anywhere, tampered packets, fuzzing, no plaintext,
no network, full disks, and upgrades from every older vault. Each part prints its counts."""
