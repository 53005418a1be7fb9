"""Count tables: what the statistics hand to the screen, the command line and CSV files.

A table has a stable name, the thing its rows are counted by (a violation type, a month, a
governorate...), and one or more count columns. Each row keeps its stable key (a vocabulary
code, "2013-04", free text as recorded) apart from the label people read, so a CSV file can be
re-read by a program and still be read by a person in their language. The empty key is the row
for "not recorded".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import i18n, vocabulary
from ..archive.counts import NOT_RECORDED, SPANS_YEARS, UNDATED
from ..errors import CannotWrite, DiskFull
from ..fsutil import atomic_writer, private_dir
from ..media import blob


@dataclass(frozen=True)
class Row:
    key: str
    #: The label as recorded (free text such as a unit) or a vocabulary code; how it is shown
    #: in a language comes from `label`.
    text: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Table:
    #: Stable name: violations, months, governorates, affiliations, units, victim_gender,
    #: victim_age.
    name: str
    #: What each row is: violation, month, governorate, affiliation, unit, gender, age_group.
    key_name: str
    #: What each count column counts: incidents, testimonies, persons, victims.
    count_names: tuple[str, ...]
    rows: tuple[Row, ...]
    #: Which vocabulary the keys are codes of ("violations", "areas"...), or None.
    vocabulary: str | None = None


    def count(self, key: str, column: int = 0) -> int:
        """The count of one row (0 when there is no such row)."""
        return next((r.counts[column] for r in self.rows if r.key == key), 0)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "key": self.key_name, "counts": list(self.count_names),
                "rows": [{"key": r.key, "text": r.text, "counts": list(r.counts)}
                         for r in self.rows]}


#: Words for the rows that are not values: the command line and CSV files use these; the app
#: passes its own translated words.
ENGLISH_SPECIAL = {NOT_RECORDED: "not recorded", SPANS_YEARS: "spans more than one year",
                   UNDATED: "no date"}

Labeler = Callable[[Table, Row], str]


def labeler(language: str, special: dict[str, str] | None = None) -> Labeler:
    """Labels in `language`: vocabulary terms in that language, months and years as the
    language writes them, free text as recorded; `special` words the non-value rows."""
    words = special or ENGLISH_SPECIAL

    def label(table: Table, row: Row) -> str:
        if row.key in (NOT_RECORDED, SPANS_YEARS, UNDATED) and row.key in words:
            return words[row.key]
        if table.name == "months":
            return i18n.partial_date(row.key, language)
        if table.vocabulary is not None:
            found = {t.code: t for t in vocabulary.terms(table.vocabulary)}.get(row.key)
            return found.label(language) if found is not None else row.text
        return row.text

    return label


def to_csv(table: Table, label: Labeler) -> str:
    """One table as CSV text: key, label, then each count."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([table.key_name, "label", *table.count_names])
    for row in table.rows:
        writer.writerow([row.key, label(table, row), *row.counts])
    return out.getvalue()


def write_csv(tables: Iterable[Table], folder: Path, label: Labeler) -> list[Path]:
    """Write each table as `<name>.csv` in `folder` (UTF-8 with a byte-order mark, which
    spreadsheet programs need to read Arabic correctly); each file appears whole or not at
    all. These are plaintext files the person asked for."""
    written = []
    try:
        private_dir(folder)
        for table in tables:
            path = folder / f"{table.name}.csv"
            with atomic_writer(path) as fh:
                fh.write(to_csv(table, label).encode("utf-8-sig"))
            written.append(path)
    except OSError as exc:
        if blob.is_disk_full(exc):
            raise DiskFull(folder) from None
        raise CannotWrite(folder, exc.strerror or "write error") from None
    return written


__all__ = ["NOT_RECORDED", "SPANS_YEARS", "UNDATED", "Labeler", "Row", "Table", "labeler",
           "to_csv", "write_csv"]
