"""Schema 13: a person's gender and age group, so victims can be counted by them.

Numbered after issue 13 (whose first part is schema 6) rather than next in line: numbers are
assigned ahead of time while work lands in pieces. Both columns are optional; persons recorded
before keep NULL ("not known").
"""

STATEMENTS = [
    "ALTER TABLE person ADD COLUMN gender TEXT",
    "ALTER TABLE person ADD COLUMN age_range TEXT",
]
