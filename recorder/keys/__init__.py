"""Device keys, public key files, fingerprints and the list of trusted contacts."""
