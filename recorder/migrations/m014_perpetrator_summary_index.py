"""Schema 14: an index holding just what an entry's summary is worked out from.

An import recomputes the summary of every perpetrator-index entry its testimonies name
(recorder.archive.perpetrator_store._summarise), from all of that entry's mentions. A unit
named in thousands of testimonies has thousands of mention rows, and each row is wide (the
incident's title, its violations, dates and place), so those two small queries read
megabytes of pages: about 350 ms for a group of 60 testimonies naming the archive's units at
100,000 testimonies. This index holds only the columns the two queries read, in entry order,
so they read the index alone: about 145 ms for the same group.
"""

STATEMENTS = [
    """CREATE INDEX perpetrator_mention_summary ON perpetrator_mention(
        entry_id, interview_id, witness_id, sender, interviewer, name, aliases, affiliation,
        unit, rank, position)""",
]
