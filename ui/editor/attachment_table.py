"""The list of an interview's attachments: originals, each with its redacted copy beneath it.

Every value from a file (its name, its metadata) is shown as plain text in item cells, never as
rich text. The short SHA-256 is there to compare with a printout; the full hash is its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from testimony_recorder.recorder.model.attachment import Attachment

from .. import formatting
from . import attachment_texts as texts

NAME, KIND, SIZE, ADDED, HASH, FLAGS, REDACTED = range(7)
SHORT_HASH = 8
# The flags summary can be long; it is elided, and explained in full in its tooltip.
FLAGS_WIDTH = 190
ROLE = Qt.ItemDataRole.UserRole


class AttachmentTable(QTreeWidget):
    # The selected attachment changed (the Attachment, or None).
    selection_changed = Signal(object)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setAccessibleName(self.tr("Attachments of this interview"))
        self.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Size"),
                              self.tr("Added"), self.tr("SHA-256"),
                              self.tr("May identify someone"), self.tr("Redacted copy")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FLAGS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FLAGS, FLAGS_WIDTH)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.itemSelectionChanged.connect(
            lambda: self.selection_changed.emit(self.selected()))

    def show_attachments(self, attachments: list[Attachment]) -> None:
        """Fill the list; keeps the selection when the same attachment is still there."""
        keep = self.selected()
        self.blockSignals(True)
        self.clear()
        copies: dict[str, list[Attachment]] = {}
        for a in attachments:
            if a.derived_from:
                copies.setdefault(a.derived_from, []).append(a)
        chosen: QTreeWidgetItem | None = None
        for a in attachments:
            if a.derived_from and any(o.id == a.derived_from for o in attachments):
                continue  # shown under its original
            item = self._item(a, has_copy=a.id in copies)
            self.addTopLevelItem(item)
            for copy in copies.get(a.id, []):
                child = self._item(copy, has_copy=False)
                item.addChild(child)
                if keep is not None and copy.id == keep.id:
                    chosen = child
            item.setExpanded(True)
            if keep is not None and a.id == keep.id:
                chosen = item
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentItem(chosen)
        self.selection_changed.emit(self.selected())

    def _item(self, a: Attachment, has_copy: bool) -> QTreeWidgetItem:
        values = {
            NAME: a.filename,
            KIND: texts.kind_text(a),
            SIZE: formatting.size(a.size, self.language),
            ADDED: formatting.when(a.created_at, self.language, with_time=False),
            HASH: a.sha256[:SHORT_HASH],
            FLAGS: texts.flags_summary(a, self.language) if not a.derived_from else "",
            REDACTED: texts.redacted_state(a, has_copy),
        }
        item = QTreeWidgetItem([values[c] for c in range(len(values))])
        item.setData(NAME, ROLE, a)
        item.setToolTip(NAME, a.filename)
        item.setToolTip(ADDED, formatting.when(a.created_at, self.language))
        item.setToolTip(HASH, self.tr("SHA-256: %1").replace("%1", a.sha256))
        item.setFont(HASH, self._mono)
        item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if a.flags and not a.derived_from:
            item.setIcon(FLAGS, self._warning)
            item.setToolTip(FLAGS, texts.explanation(a))
        return item

    def selected(self) -> Attachment | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(NAME, ROLE)
        return value if isinstance(value, Attachment) else None

    def _items(self) -> list[QTreeWidgetItem]:
        """Every row, each original followed by its copies."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is not None:
                found.append(top)
                found += [c for j in range(top.childCount()) if (c := top.child(j))]
        return found

    def attachments(self) -> list[Attachment]:
        """Every attachment shown, originals and copies."""
        return [item.data(NAME, ROLE) for item in self._items()]

    def select_id(self, attachment_id: str) -> None:
        for item in self._items():
            if item.data(NAME, ROLE).id == attachment_id:
                self.setCurrentItem(item)
                return
