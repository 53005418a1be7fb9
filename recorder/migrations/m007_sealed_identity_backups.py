"""Schema 7: identities sealed at entry, and the record of backups made.

A sealed identity keeps, beside its age files (X25519, and post-quantum when the keys allow),
only which fields were filled in and which attachment is the witness's photo (so the photo
never leaves as an ordinary attachment).
Backups record what each one holds, so the next one may hold only what is new.
"""

STATEMENTS = [
    "ALTER TABLE witness_identity ADD COLUMN sealed_pq BLOB",
    "ALTER TABLE witness_identity ADD COLUMN filled TEXT",
    "ALTER TABLE witness_identity ADD COLUMN photo_attachment_id TEXT",
    "UPDATE witness_identity SET photo_attachment_id = json_extract(data, '$.photo_attachment_id')"
    " WHERE data IS NOT NULL",
    # -- backups: one row per backup file written; kind 'full' or 'incremental' ---------------
    """CREATE TABLE backup_made (
        id TEXT PRIMARY KEY,
        made_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
        base_id TEXT REFERENCES backup_made(id),
        recipient TEXT NOT NULL,
        size INTEGER NOT NULL
    ) WITHOUT ROWID""",
    # The media files the current chain of backups (the last full one and the incremental
    # ones after it) holds, and in which backup each is.
    """CREATE TABLE backup_media (
        name TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        backup_id TEXT NOT NULL REFERENCES backup_made(id)
    ) WITHOUT ROWID""",
]
