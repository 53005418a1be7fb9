"""Choosing a row of a table from code, in either direction.

QTableView.selectRow selects nothing in a right-to-left layout (Qt 6.11: it looks for the
column at the viewport's right edge, one pixel past the last one), so under Arabic, Sorani or
the pseudo-locale the list would not show the interview just opened. Making the row's first
cell current selects the whole row, as a click does, in both directions.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def choose_row(table: QTableView, row: int) -> None:
    """Make `row` current and selected (the table selects whole rows)."""
    table.setCurrentIndex(table.model().index(row, 0))
