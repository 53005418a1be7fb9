"""Schema 8: a person's gender and age group, so victims can be counted by them, and the
statistics' facet.

Numbered after schema 7 (issue 14), which it does not build on: it needs only the person
table (schema 1) and the interview table. Both person columns are optional; persons recorded
before keep NULL ("not known").

archive_count is derived data like schema 5's facets (recorder.archive.facets rebuilds it):
for each interview, how many of its incidents fall under each value of each dimension the
statistics count by (violation type, month or year, governorate, alleged perpetrators' force
and unit, victims' gender and age group). Incidents and persons belong to one interview each,
so the counts of a selection are sums of these rows: recorder.analysis.stats counts 100,000
testimonies in one pass without reading JSON, folding names or counting distinct ids.
"""

STATEMENTS = [
    "ALTER TABLE person ADD COLUMN gender TEXT",
    "ALTER TABLE person ADD COLUMN age_range TEXT",
    """CREATE TABLE archive_count (
        interview_id TEXT NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        dimension TEXT NOT NULL,
        key TEXT NOT NULL,
        label TEXT NOT NULL,
        incidents INTEGER NOT NULL,
        persons INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (interview_id, dimension, key)
    ) WITHOUT ROWID""",
    # Summing in this order needs no sorting: the statistics read only this index.
    """CREATE INDEX archive_count_sums ON archive_count(dimension, key, label, interview_id,
        incidents, persons, mentions)""",
]
