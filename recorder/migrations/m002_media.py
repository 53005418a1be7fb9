"""Schema 2: where each attachment's encrypted bytes live, its wrapped key, and recording markers.

The interchange record (`attachment`) says what a file is; `media_blob` says how it is stored.
A blob row can exist before its attachment row: a recording in progress is registered (with its
wrapped key, state 'recording') before any audio is written, so the next unlock can find and
recover it after a crash. Deleting the row destroys the only copy of the file's key.
"""

STATEMENTS = [
    """CREATE TABLE media_blob (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interview(id),
        blob_name TEXT NOT NULL UNIQUE,
        wrapped_key BLOB NOT NULL,
        key_nonce BLOB NOT NULL,
        layout TEXT NOT NULL CHECK (layout IN ('file', 'pcm')),
        state TEXT NOT NULL CHECK (state IN ('recording', 'complete')),
        size INTEGER NOT NULL,
        sample_rate INTEGER,
        channels INTEGER,
        sample_width INTEGER,
        created_at TEXT NOT NULL,
        CHECK (layout = 'file' OR (sample_rate > 0 AND channels > 0 AND sample_width > 0))
    )""",
    "CREATE INDEX media_blob_state ON media_blob(state)",
    # A moment of a recording linked to a note (and optionally to a testimony version).
    """CREATE TABLE media_marker (
        id TEXT PRIMARY KEY,
        attachment_id TEXT NOT NULL REFERENCES media_blob(id) ON DELETE CASCADE,
        position_ms INTEGER NOT NULL CHECK (position_ms >= 0),
        note TEXT NOT NULL,
        testimony_id TEXT REFERENCES testimony(id),
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX media_marker_attachment ON media_marker(attachment_id, position_ms)",
]
