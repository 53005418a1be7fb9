"""Schema 5: the coordinator's archive: facets for fast filters, perpetrator merges, batch
import reports.

The facet tables are derived data, rebuilt from the records at any time
(recorder.archive.facets): one row per incident or per interview, kept in step by the same
transaction that changes an interview, so a list filtered over 100,000 testimonies walks small
indexes instead of parsing JSON. Merges of perpetrator entries are kept with their history:
nothing is ever merged without a person deciding, and an undone merge stays on record.
"""

STATEMENTS = [
    # -- facets (derived; recorder.archive.facets) --------------------------------------------
    """CREATE TABLE archive_interview (
        interview_id TEXT PRIMARY KEY REFERENCES interview(id) ON DELETE CASCADE,
        sender TEXT,
        interviewer TEXT NOT NULL,
        versions INTEGER NOT NULL,
        finalized INTEGER NOT NULL,
        imported_at TEXT,
        date_start TEXT,
        date_end TEXT
    ) WITHOUT ROWID""",
    "CREATE INDEX archive_interview_sender ON archive_interview(sender, imported_at)",
    "CREATE INDEX archive_interview_imported ON archive_interview(imported_at)",
    "CREATE INDEX archive_interview_date ON archive_interview(date_start)",
    """CREATE TABLE archive_incident (
        incident_id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        date_start TEXT,
        date_end TEXT,
        precision TEXT,
        area TEXT NOT NULL,
        place TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX archive_incident_interview ON archive_incident(interview_id)",
    "CREATE INDEX archive_incident_start ON archive_incident(date_start, date_end)",
    "CREATE INDEX archive_incident_area ON archive_incident(area, interview_id)",
    """CREATE TABLE archive_violation (
        code TEXT NOT NULL,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        PRIMARY KEY (code, interview_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX archive_violation_interview ON archive_violation(interview_id)",
    # What consent allows for each body (asked of recorder.consent.policy, never interpreted
    # here): testimony, identity, audio, images of the witness, the form of media.
    """CREATE TABLE archive_share (
        body TEXT NOT NULL,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        testimony INTEGER NOT NULL,
        identity INTEGER NOT NULL,
        media_form TEXT NOT NULL,
        PRIMARY KEY (body, testimony, interview_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX archive_share_interview ON archive_share(interview_id)",
    # Name keys (recorder.archive.names.skeleton) of persons named as alleged perpetrators or
    # in command links: Arabic and Latin spellings of one name share a key.
    """CREATE TABLE archive_name (
        key TEXT NOT NULL,
        person_id TEXT NOT NULL,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        PRIMARY KEY (key, person_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX archive_name_interview ON archive_name(interview_id)",
    "CREATE INDEX archive_name_person ON archive_name(person_id)",
    # The unit each such person was named with (recorder.archive.units.unit_id of its name).
    """CREATE TABLE archive_unit (
        unit_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        PRIMARY KEY (unit_id, person_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX archive_unit_interview ON archive_unit(interview_id)",
    "CREATE INDEX archive_unit_person ON archive_unit(person_id)",
    "CREATE INDEX interview_source_sender ON interview_source(sender)",
    "CREATE INDEX packet_received_sender ON packet_received(sender, sequence)",
    "CREATE INDEX custody_entity ON custody_log(entity_type, entity_id)",
    # The sender's custody entries about one interview, for its provenance.
    """CREATE INDEX sender_custody_interview
       ON sender_custody(json_extract(entry, '$.interview_id'))""",
    # -- perpetrator merges (recorder.archive.merges) -----------------------------------------
    """CREATE TABLE perpetrator_merge (
        id TEXT PRIMARY KEY,
        kept TEXT NOT NULL,
        absorbed TEXT NOT NULL,
        kind TEXT NOT NULL,
        score REAL,
        note TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        merged_by TEXT NOT NULL,
        undone_at TEXT,
        undone_by TEXT,
        CHECK (kept <> absorbed)
    ) WITHOUT ROWID""",
    # An entry absorbed by a merge in force points at the entry that kept it.
    """CREATE TABLE perpetrator_alias_of (
        entry_id TEXT PRIMARY KEY,
        merged_into TEXT NOT NULL,
        merge_id TEXT NOT NULL REFERENCES perpetrator_merge(id)
    ) WITHOUT ROWID""",
    """CREATE TRIGGER perpetrator_merge_kept BEFORE DELETE ON perpetrator_merge
       BEGIN SELECT RAISE(ABORT, 'merges are kept'); END""",
    # -- batch imports (recorder.archive.batch) -----------------------------------------------
    """CREATE TABLE import_batch (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        state TEXT NOT NULL,
        report TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX import_batch_started ON import_batch(started_at)",
]
