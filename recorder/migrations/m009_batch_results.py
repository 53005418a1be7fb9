"""Schema 9: a batch import's report kept one row per packet; date indexes the archive's
date filters can answer from alone.

Numbered after the schemas other work took (7: issue 14, 8: persons' attributes); it builds
on schema 5's tables alone.

Schema 5 stored a batch's whole report as one JSON text, rewritten after every packet: a
thousand packets rewrote it a thousand times, and each rewrite was a commit of its own. Now
the batch keeps its summary, and each packet's result is a row written in the packet's own
transaction, so it commits together with the import it describes. Reports stored before are
split the same way.

A date filter selects incidents by their earliest and latest possible day. With the
interview in the index too, the filter reads the index alone instead of looking up every
incident it passes (a second index starts from the latest day, for "from DATE" alone).
"""

STATEMENTS = [
    """CREATE TABLE import_batch_result (
        batch_id TEXT NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        result TEXT NOT NULL,
        PRIMARY KEY (batch_id, position)
    ) WITHOUT ROWID""",
    """INSERT INTO import_batch_result (batch_id, position, result)
       SELECT b.id, r.key, r.value FROM import_batch b, json_each(b.report, '$.results') r""",
    "UPDATE import_batch SET report = json_remove(report, '$.results')",
    "DROP INDEX archive_incident_start",
    "CREATE INDEX archive_incident_dates ON archive_incident(date_start, date_end, interview_id)",
    "CREATE INDEX archive_incident_ends ON archive_incident(date_end, date_start, interview_id)",
]
