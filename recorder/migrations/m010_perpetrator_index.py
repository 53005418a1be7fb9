"""Schema 10: the perpetrator index and the chain of command kept in the vault.

Both were computed from the records on every request, which took close to a minute at
100,000 testimonies. Now they are derived data like schema 5's facets, kept in step by the
transaction that changes an interview (an import, or an edit), so a kill leaves them as
consistent as what was imported (recorder.archive.perpetrator_store):

- perpetrator_mention: one row per person (or unit) entry an interview names as an alleged
  perpetrator or in a command link, per role in an incident (mention_id: the involvement,
  or the person when it has no role), with what the index shows of it;
- perpetrator_entry: the index itself, one row per entry standing after the merges in force,
  refreshed for just the entries an import or a merge touches;
- chain_support: one row per testimony's statement of a command link or of a person's unit.

A vault made before gets them from a full rebuild (facets.ensure, facets version 3).

And the archive's "corrected" filter (few testimonies have more than one version) walked
every testimony for its first page; a partial index lists just those, newest import first.
"""

STATEMENTS = [
    # Kept in order of entry: an entry's rows (a unit's are thousands) are read together.
    """CREATE TABLE perpetrator_mention (
        entry_id TEXT NOT NULL,
        mention_id TEXT NOT NULL,
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,
        affiliation TEXT NOT NULL,
        unit TEXT NOT NULL,
        rank TEXT NOT NULL,
        position TEXT NOT NULL,
        role TEXT,
        incident_id TEXT,
        title TEXT,
        violations TEXT,
        dated INTEGER NOT NULL,
        precision TEXT,
        date_start TEXT,
        date_end TEXT,
        place TEXT,
        area TEXT,
        witness_id TEXT NOT NULL,
        sender TEXT,
        interviewer TEXT NOT NULL,
        PRIMARY KEY (entry_id, mention_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX perpetrator_mention_interview ON perpetrator_mention(interview_id)",
    """CREATE TABLE perpetrator_entry (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        witnesses INTEGER NOT NULL,
        testimonies INTEGER NOT NULL,
        name_key TEXT NOT NULL,
        data TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE INDEX perpetrator_entry_order
       ON perpetrator_entry(witnesses DESC, testimonies DESC, name_key, id)""",
    """CREATE TABLE chain_support (
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        record_id TEXT NOT NULL,
        relation TEXT NOT NULL,
        period TEXT NOT NULL,
        basis TEXT NOT NULL,
        source_label TEXT NOT NULL,
        target_label TEXT NOT NULL,
        witness_id TEXT NOT NULL,
        sender TEXT,
        interviewer TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT
    )""",
    "CREATE INDEX chain_support_interview ON chain_support(interview_id)",
    """CREATE INDEX archive_interview_corrected ON archive_interview(imported_at)
       WHERE versions > 1""",
]
