"""One attachment in full: its facts, its fingerprint, and every piece of metadata it carries,
with the identifying ones first, marked and explained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from testimony_recorder.recorder.model.attachment import Attachment

from .. import formatting
from ..i18n import isolate, leading_alignment
from ..widgets import layouts
from . import attachment_texts as texts


class AttachmentDetails(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.attachment: Attachment | None = None
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAlignment(leading_alignment(self))
        self.kind_value = self._value()
        self.media_type_value = self._value()
        self.size_value = self._value()
        self.added_value = self._value()
        self.duration_value = self._value()
        # A read-only line, not a label: the 64 hex digits scroll inside it instead of
        # widening the pane, and copying gives exactly the hash.
        self.sha256_value = QLineEdit(self)
        self.sha256_value.setReadOnly(True)
        self.sha256_value.setFrame(False)
        self.sha256_value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.sha256_value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sha256_value.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.metadata = QTableWidget(0, 3, self)
        self.metadata.setAccessibleName(self.tr("Metadata in the file"))
        self.metadata.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value"),
                                                 self.tr("May identify")])
        self.metadata.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metadata.verticalHeader().hide()
        self.metadata.setWordWrap(False)
        header = self.metadata.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._warning_icon = self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), self.kind_value)
        self.form.addRow(self.tr("Type"), self.media_type_value)
        self.form.addRow(self.tr("Size"), self.size_value)
        self.form.addRow(self.tr("Added"), self.added_value)
        self.form.addRow(self.tr("Length"), self.duration_value)
        self.form.addRow(self.tr("SHA-256"), self.sha256_value)
        layouts.column(self, self.title, self.form, self.warning, self.metadata)
        self.show_attachment(None)

    def _value(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(leading_alignment(self))
        return label

    def show_attachment(self, attachment: Attachment | None) -> None:
        self.attachment = attachment
        self.setEnabled(attachment is not None)
        if attachment is None:
            self.title.setText(self.tr("Choose an attachment to see its details."))
            for label in (self.kind_value, self.media_type_value, self.size_value,
                          self.added_value, self.duration_value, self.sha256_value,
                          self.warning):
                label.clear()
            self.warning.hide()
            self.metadata.setRowCount(0)
            return
        a = attachment
        self.title.setText(a.filename)
        self.kind_value.setText(texts.kind_text(a))
        self.media_type_value.setText(a.media_type)
        self.size_value.setText(formatting.size(a.size, self.language))
        self.added_value.setText(formatting.when(a.created_at, self.language))
        seconds = a.metadata.get("info:duration")
        self.duration_value.setText(formatting.clock_time(int(float(seconds) * 1000), self.language)
                                    if seconds else "")
        self.form.setRowVisible(self.duration_value, bool(seconds))
        self.sha256_value.setText(a.sha256)
        self.sha256_value.setCursorPosition(0)
        self.warning.setText(texts.explanation(a))
        self.warning.setObjectName("banner" if a.flags and not a.derived_from else "subtle")
        self.warning.style().unpolish(self.warning)
        self.warning.style().polish(self.warning)
        self.warning.show()
        self._show_metadata(a)

    def _show_metadata(self, a: Attachment) -> None:
        flagged = {f.key: f.reason for f in a.flags}
        entries = sorted(a.metadata.items(), key=lambda kv: (kv[0] not in flagged, kv[0]))
        self.metadata.setRowCount(len(entries))
        for row, (key, value) in enumerate(entries):
            reason = flagged.get(key)
            # Isolated: under Arabic, "36, 12, 7.56" must not be shown as "7.56 ,12 ,36".
            cells = [QTableWidgetItem(isolate(key)), QTableWidgetItem(isolate(value)),
                     QTableWidgetItem(texts.reason_text(reason) if reason else "")]
            cells[1].setToolTip(value)
            if reason:
                cells[2].setIcon(self._warning_icon)
            for column, cell in enumerate(cells):
                self.metadata.setItem(row, column, cell)
