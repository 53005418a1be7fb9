"""Schema 4: device keys, trusted contacts, packets sent and received, receipts and purges.

Private keys live only here, inside the encrypted database, and are wrapped once more with a
subkey of the vault key (a table dump alone does not reveal them).
"""

STATEMENTS = [
    # -- this device's own keys -------------------------------------------------------------
    # purpose: signing (Ed25519), age (X25519), age_pq (mlkem768x25519), and on a coordinator
    # witness_age / witness_age_pq (the separate key protection staff hold for identities).
    # `secret` is NULL when the private part is held elsewhere (only the public part is kept).
    """CREATE TABLE device_key (
        purpose TEXT PRIMARY KEY,
        public TEXT NOT NULL,
        secret BLOB,
        created_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    # -- people and devices whose public keys were checked by fingerprint ---------------------
    """CREATE TABLE contact (
        fingerprint TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        organisation TEXT NOT NULL,
        body TEXT NOT NULL,
        bundle TEXT NOT NULL,
        trusted_at TEXT NOT NULL,
        revoked_at TEXT,
        revoked_reason TEXT,
        history_rewritten_at TEXT
    ) WITHOUT ROWID""",
    # -- sending (interviewer) ----------------------------------------------------------------
    """CREATE TABLE packet_sent (
        packet_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        custody_seq INTEGER NOT NULL,
        custody_hash TEXT NOT NULL,
        summary TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE packet_sent_to (
        packet_id TEXT NOT NULL REFERENCES packet_sent(packet_id),
        fingerprint TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        previous_packet_id TEXT,
        PRIMARY KEY (packet_id, fingerprint),
        UNIQUE (fingerprint, sequence)
    ) WITHOUT ROWID""",
    # One row per interview per recipient per packet: what record was sent and which consent
    # history the recipient knows. A receipt fills in acknowledged_at.
    """CREATE TABLE delivery (
        id INTEGER PRIMARY KEY,
        interview_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        packet_id TEXT NOT NULL REFERENCES packet_sent(packet_id),
        record_sha256 TEXT,
        state_hash TEXT,
        consent_hash TEXT NOT NULL,
        complete INTEGER NOT NULL,
        receipt_id TEXT,
        acknowledged_at TEXT
    )""",
    "CREATE INDEX delivery_interview ON delivery(interview_id, fingerprint)",
    "CREATE INDEX delivery_packet ON delivery(packet_id)",
    """CREATE TABLE receipt_received (
        receipt_id TEXT PRIMARY KEY,
        coordinator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        body TEXT NOT NULL
    ) WITHOUT ROWID""",
    # -- receiving (coordinator) --------------------------------------------------------------
    """CREATE TABLE packet_received (
        packet_id TEXT PRIMARY KEY,
        sender TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        report TEXT NOT NULL,
        receipt_id TEXT,
        UNIQUE (sender, sequence)
    ) WITHOUT ROWID""",
    # The custody chain of each sender as far as its packets showed it; `entry` is NULL for
    # entries sent in redacted form (about interviews not shared with us).
    """CREATE TABLE sender_custody (
        sender TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        entry TEXT,
        packet_id TEXT NOT NULL,
        PRIMARY KEY (sender, seq)
    ) WITHOUT ROWID""",
    # Which device an imported interview came from: no other device may overwrite it.
    """CREATE TABLE interview_source (
        interview_id TEXT PRIMARY KEY,
        sender TEXT NOT NULL,
        first_packet TEXT NOT NULL,
        last_packet TEXT NOT NULL,
        record_sha256 TEXT NOT NULL
    ) WITHOUT ROWID""",
    # Records replaced or removed by a newer version of an interview: kept, never lost.
    """CREATE TABLE record_history (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        interview_id TEXT NOT NULL,
        data TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        packet_id TEXT NOT NULL
    )""",
    "CREATE INDEX record_history_interview ON record_history(interview_id)",
    # Consent withdrawn for this archive's body: the testimony stays as evidence of what was
    # said, but is excluded from views, search and exports.
    """CREATE TABLE interview_withdrawn (
        interview_id TEXT PRIMARY KEY REFERENCES interview(id),
        consent_id TEXT NOT NULL,
        withdrawn_at TEXT NOT NULL,
        packet_id TEXT
    ) WITHOUT ROWID""",
    # -- purging delivered material (interviewer) ---------------------------------------------
    """CREATE TABLE purge_in_progress (
        token INTEGER PRIMARY KEY
    )""",
    """CREATE TABLE purged_interview (
        interview_id TEXT PRIMARY KEY,
        witness_id TEXT NOT NULL,
        record_sha256 TEXT NOT NULL,
        packet_id TEXT NOT NULL,
        receipt_id TEXT NOT NULL,
        purged_at TEXT NOT NULL,
        detail TEXT NOT NULL
    ) WITHOUT ROWID""",
    # A finalized testimony still cannot be deleted, except by a purge of delivered material,
    # which marks itself in purge_in_progress inside its own transaction.
    "DROP TRIGGER testimony_keep",
    """CREATE TRIGGER testimony_keep BEFORE DELETE ON testimony
       WHEN OLD.status = 'finalized' AND NOT EXISTS (SELECT 1 FROM purge_in_progress)
       BEGIN SELECT RAISE(ABORT, 'testimony is finalized'); END""",
    # Consent records are kept likewise, except by that purge (the coordinator holds them).
    "DROP TRIGGER consent_keep",
    """CREATE TRIGGER consent_keep BEFORE DELETE ON consent
       WHEN NOT EXISTS (SELECT 1 FROM purge_in_progress)
       BEGIN SELECT RAISE(ABORT, 'consent records are kept'); END""",
]
