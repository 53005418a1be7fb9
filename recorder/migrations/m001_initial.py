"""Schema 1: vault metadata, the records, the custody log and the search index."""

STATEMENTS = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
    # -- witnesses: the pseudonymous record, and the protected identity kept apart ---------
    """CREATE TABLE witness (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        gender TEXT,
        age_range TEXT,
        origin_area TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # Never indexed for search. `data` is the identity as JSON; when the identity is sealed to
    # the coordinator's identity key at entry, `data` is NULL and `sealed` holds the age file.
    """CREATE TABLE witness_identity (
        witness_id TEXT PRIMARY KEY REFERENCES witness(id) ON DELETE CASCADE,
        data TEXT,
        sealed BLOB,
        sealed_to TEXT,
        updated_at TEXT NOT NULL,
        CHECK ((data IS NULL) <> (sealed IS NULL))
    )""",
    # -- interviews ---------------------------------------------------------------------------
    """CREATE TABLE interview (
        id TEXT PRIMARY KEY,
        witness_id TEXT NOT NULL REFERENCES witness(id),
        interviewer TEXT NOT NULL,
        started_at TEXT,
        ended_at TEXT,
        place TEXT NOT NULL,
        languages TEXT NOT NULL,
        interpreter TEXT NOT NULL,
        others_present TEXT NOT NULL,
        breaks TEXT NOT NULL,
        referral_offered INTEGER NOT NULL,
        referral_notes TEXT NOT NULL,
        follow_up_promised INTEGER NOT NULL,
        follow_up_date TEXT,
        follow_up_notes TEXT NOT NULL,
        conditions_notes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX interview_witness ON interview(witness_id)",
    "CREATE INDEX interview_started ON interview(started_at)",
    "CREATE INDEX interview_updated ON interview(updated_at)",
    # -- testimonies: versions linked by `supersedes`; every save kept as a revision ----------
    """CREATE TABLE testimony (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interview(id),
        version INTEGER NOT NULL,
        supersedes TEXT REFERENCES testimony(id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'finalized')),
        narrative TEXT NOT NULL,
        summary TEXT NOT NULL,
        tags TEXT NOT NULL,
        language TEXT,
        is_current INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finalized_at TEXT,
        content_hash TEXT,
        UNIQUE (interview_id, version)
    )""",
    "CREATE INDEX testimony_current ON testimony(interview_id) WHERE is_current = 1",
    # A finalized testimony is evidence: its content can never change or disappear.
    """CREATE TRIGGER testimony_frozen BEFORE UPDATE ON testimony
       WHEN OLD.status = 'finalized' AND (
            NEW.narrative IS NOT OLD.narrative OR NEW.summary IS NOT OLD.summary
            OR NEW.tags IS NOT OLD.tags OR NEW.status IS NOT OLD.status
            OR NEW.language IS NOT OLD.language OR NEW.version IS NOT OLD.version
            OR NEW.content_hash IS NOT OLD.content_hash
            OR NEW.finalized_at IS NOT OLD.finalized_at
            OR NEW.interview_id IS NOT OLD.interview_id)
       BEGIN SELECT RAISE(ABORT, 'testimony is finalized'); END""",
    """CREATE TRIGGER testimony_keep BEFORE DELETE ON testimony
       WHEN OLD.status = 'finalized'
       BEGIN SELECT RAISE(ABORT, 'testimony is finalized'); END""",
    """CREATE TABLE testimony_revision (
        testimony_id TEXT NOT NULL REFERENCES testimony(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        narrative TEXT NOT NULL,
        summary TEXT NOT NULL,
        tags TEXT NOT NULL,
        PRIMARY KEY (testimony_id, revision)
    ) WITHOUT ROWID""",
    # -- incidents, persons, their roles and command links -------------------------------------
    """CREATE TABLE violation_type (
        code TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE incident (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        violations TEXT NOT NULL,
        date TEXT,
        place TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX incident_interview ON incident(interview_id)",
    """CREATE TABLE person (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        aliases TEXT NOT NULL,
        affiliation TEXT NOT NULL,
        unit TEXT NOT NULL,
        rank TEXT NOT NULL,
        position TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX person_interview ON person(interview_id)",
    """CREATE TABLE involvement (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        notes TEXT NOT NULL,
        UNIQUE (incident_id, person_id, role)
    )""",
    "CREATE INDEX involvement_person ON involvement(person_id)",
    """CREATE TABLE command_link (
        id TEXT PRIMARY KEY,
        superior_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        subordinate_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        period TEXT NOT NULL,
        basis TEXT NOT NULL,
        UNIQUE (superior_id, subordinate_id),
        CHECK (superior_id <> subordinate_id)
    )""",
    # -- consent (immutable: amendments and withdrawals are new rows) --------------------------
    """CREATE TABLE consent (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interview(id),
        kind TEXT NOT NULL,
        supersedes TEXT REFERENCES consent(id),
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        language TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        answers TEXT NOT NULL,
        method TEXT NOT NULL,
        artefact_id TEXT,
        interpreter TEXT,
        attested_by TEXT NOT NULL,
        given_at TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX consent_interview ON consent(interview_id, created_at)",
    """CREATE TRIGGER consent_immutable BEFORE UPDATE ON consent
       BEGIN SELECT RAISE(ABORT, 'consent records are immutable'); END""",
    # -- attachments (storage is the media store's; this is the record) -----------------------
    """CREATE TABLE attachment (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interview(id),
        kind TEXT NOT NULL,
        filename TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        derived_from TEXT REFERENCES attachment(id),
        metadata TEXT NOT NULL,
        flags TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX attachment_interview ON attachment(interview_id)",
    # -- custody log: append-only, hash-chained ----------------------------------------------
    """CREATE TABLE custody_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        interview_id TEXT,
        content_hash TEXT,
        detail TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX custody_interview ON custody_log(interview_id, seq)",
    """CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody_log
       BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END""",
    """CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody_log
       BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END""",
    # -- search: a contentless FTS5 index over normalised text, never over identities ---------
    """CREATE TABLE search_doc (
        rowid INTEGER PRIMARY KEY,
        interview_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        UNIQUE (kind, ref_id)
    )""",
    "CREATE INDEX search_doc_interview ON search_doc(interview_id)",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )""",
    # Deleted index entries are removed from the b-tree, not just marked (no stale text left).
    "INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 1)",
]
