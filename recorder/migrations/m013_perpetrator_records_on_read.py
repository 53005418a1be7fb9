"""Schema 13: a perpetrator-index entry keeps its summary only; its whole record (roles,
allegations, dates, places) is worked out from its mentions when it is read.

Keeping the whole record meant rewriting it whenever a testimony named the entry: a unit
named in a thousand testimonies is a megabyte of roles, so importing a packet that named
known units cost 60 ms of refresh a packet at 100,000 testimonies, several times the rest of
the import. Its summary and counts come from its mentions with two small queries; the whole
record is wanted only when one entry is opened (or the whole index listed), and is computed
then from the same mentions (recorder.archive.perpetrator_store). The table is rebuilt
without the record; summaries, counts and the list's order are kept as they are.
"""

STATEMENTS = [
    """CREATE TABLE perpetrator_entry_new (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        witnesses INTEGER NOT NULL,
        testimonies INTEGER NOT NULL,
        name_key TEXT NOT NULL,
        summary TEXT NOT NULL
    ) WITHOUT ROWID""",
    """INSERT INTO perpetrator_entry_new
       SELECT id, kind, witnesses, testimonies, name_key, summary FROM perpetrator_entry""",
    "DROP TABLE perpetrator_entry",
    "ALTER TABLE perpetrator_entry_new RENAME TO perpetrator_entry",
    # As in schema 12: the list's order, holding the summary, so a page is read from the
    # index alone.
    """CREATE INDEX perpetrator_entry_order
       ON perpetrator_entry(witnesses DESC, testimonies DESC, name_key, id, summary)""",
]
