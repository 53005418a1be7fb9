"""Schema 4: consent as lasting evidence, the texts consents answer, the organisation's
recordings of those texts, and its list of accountability bodies."""

STATEMENTS = [
    # A consent record is never deleted (UPDATE is already refused since schema 1).
    """CREATE TRIGGER consent_keep BEFORE DELETE ON consent
       BEGIN SELECT RAISE(ABORT, 'consent records are kept'); END""",
    # Each record is replaced at most once: the history is a line, never a fork.
    "CREATE UNIQUE INDEX consent_successor ON consent(supersedes) WHERE supersedes IS NOT NULL",
    # The exact text each consent answered, as canonical JSON, named by its SHA-256.
    """CREATE TABLE consent_text (
        text_hash TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        language TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TRIGGER consent_text_frozen BEFORE UPDATE ON consent_text
       BEGIN SELECT RAISE(ABORT, 'consent texts are immutable'); END""",
    """CREATE TRIGGER consent_text_keep BEFORE DELETE ON consent_text
       BEGIN SELECT RAISE(ABORT, 'consent texts are kept'); END""",
    # The organisation's recordings of each part of a text, per language (audio bytes here,
    # inside the encrypted database, so playing one never needs a file).
    """CREATE TABLE consent_audio (
        template_id TEXT NOT NULL,
        language TEXT NOT NULL,
        section TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (template_id, language, section)
    )""",
    # This vault's own bodies, and switches for the shipped ones (names NULL).
    """CREATE TABLE consent_body (
        id TEXT PRIMARY KEY,
        names TEXT,
        about TEXT,
        enabled INTEGER NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""",
]
