"""Duplicate-witness detection: keyed fingerprints, people's verdicts on pairs, and the
prior-interview index a coordinator sends to the field (recorder/linkage)."""

STATEMENTS = [
    # At the field, `data` is an age file sealed to the coordinator named in `sealed_to`
    # (the laptop cannot read it back); at the coordinator it is the canonical JSON.
    """CREATE TABLE witness_fingerprint (
        witness_id TEXT PRIMARY KEY REFERENCES witness(id) ON DELETE CASCADE,
        key_id TEXT NOT NULL,
        data BLOB NOT NULL,
        sealed_to TEXT,
        updated_at TEXT NOT NULL
    )""",
    # Fingerprints are derived from the identity: they go when it goes.
    """CREATE TRIGGER witness_fingerprint_follows_identity AFTER DELETE ON witness_identity
    BEGIN
        DELETE FROM witness_fingerprint WHERE witness_id = OLD.witness_id;
    END""",
    """CREATE TABLE duplicate_mark (
        witness_a TEXT NOT NULL REFERENCES witness(id) ON DELETE CASCADE,
        witness_b TEXT NOT NULL REFERENCES witness(id) ON DELETE CASCADE,
        verdict TEXT NOT NULL CHECK (verdict IN ('same', 'different')),
        marked_at TEXT NOT NULL,
        marked_by TEXT NOT NULL,
        PRIMARY KEY (witness_a, witness_b),
        CHECK (witness_a < witness_b)
    )""",
    """CREATE TABLE prior_index (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        issuer TEXT NOT NULL,
        key_id TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        cost_n INTEGER NOT NULL,
        cost_r INTEGER NOT NULL,
        entries BLOB NOT NULL,
        imported_at TEXT NOT NULL
    )""",
]
