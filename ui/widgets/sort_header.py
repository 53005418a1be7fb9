"""Sorting a paged list by a click on a column header, in the vault (ui.models.paged_model):
only the columns the vault can sort by answer; a click on another leaves the order, and the
header's arrow, as they were, rather than pointing at a sort that is not done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ..models.paged_model import PagedModel


def sort_in_vault(table: QTableView, model: PagedModel) -> None:
    """Let the header of `table` sort `model` (while `table` shows it)."""
    table.setSortingEnabled(True)
    header = table.horizontalHeader()

    def chosen(column: int, _order: Qt.SortOrder) -> None:
        if table.model() is not model or column in model.SORT_KEYS:
            return
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(model.sort_column(), order)
        header.blockSignals(False)

    header.sortIndicatorChanged.connect(chosen)
