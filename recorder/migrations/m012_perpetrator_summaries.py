"""Schema 12: each perpetrator-index entry keeps a summary beside its whole record.

The Perpetrators page read every entry whole to list them: 200,100 entries took 34 s at
100,000 testimonies, and even a page of the first 100 took most of a second, because the
most corroborated entries come first and a unit named in a thousand testimonies is a
megabyte of roles. A list needs only the names, aliases, affiliation, unit, rank and counts
(recorder.archive.perpetrator_store.EntrySummary), so those are kept as a small JSON array
of their own, in the index that gives the list's order, so a page is read from the index
alone. The table is rebuilt with the new column (before the record), and each summary is
taken from the record already stored (the parts perpetrator_store._summary writes).
"""

STATEMENTS = [
    """CREATE TABLE perpetrator_entry_new (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        witnesses INTEGER NOT NULL,
        testimonies INTEGER NOT NULL,
        name_key TEXT NOT NULL,
        summary TEXT NOT NULL,
        data TEXT NOT NULL
    ) WITHOUT ROWID""",
    """INSERT INTO perpetrator_entry_new
       SELECT id, kind, witnesses, testimonies, name_key,
              json_extract(data, '$[0]', '$[1]', '$[2]', '$[3][0]', '$[3][1]', '$[3][2]',
                           '$[3][3]', '$[3][4]', '$[3][5]', '$[3][6]', '$[6]'),
              data
       FROM perpetrator_entry""",
    "DROP TABLE perpetrator_entry",
    "ALTER TABLE perpetrator_entry_new RENAME TO perpetrator_entry",
    # The list's order, holding the summary too: a page (and a name looked for) is read from
    # the index alone. A WITHOUT ROWID table cannot defer its seeks, so an index without the
    # summary fetched each entry's row (a unit's megabyte of roles included) as it was passed.
    """CREATE INDEX perpetrator_entry_order
       ON perpetrator_entry(witnesses DESC, testimonies DESC, name_key, id, summary)""",
]
