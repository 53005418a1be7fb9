"""Encrypted backups of a whole vault, written as one age file to the vault's own recovery key.

A backup is a tar stream (strict ustar, recorder.packets.tarstream) encrypted with age to the
backup identity that the recovery key derives (recorder.recovery_key.backup_identity). It holds
the vault folder as it is on disk, every file of it already encrypted: the key-slot file, both
database files, the media store. Nothing is decrypted to make it, and nothing in plaintext is
written while making or restoring it. Plain `age` and `tar` open it, decades on
(docs/backup.md).

`layout` is the format, `writer` makes one, `reader` reads one back (checking every byte),
`restore` rebuilds a vault folder from one or a chain of them, `schedule` says when the next
one is due.
"""
