"""Tells the person, once after unlocking, that a recording a crash had interrupted was saved.

The message names the witness by pseudonym and the length kept, so the interviewer knows what
to check; "Show it" opens that interview's attachments. It does not block the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder.media.recovered import RecoveredRecording

from . import formatting
from .i18n import isolate


class RecoveryNotice(QMessageBox):
    # The person wants to see the recovered recording (its interview id).
    show_requested = Signal(str)

    def __init__(self, recovered: list[RecoveredRecording], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovered = recovered
        self.language = language
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Recording recovered"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.describe())
        # Wide enough that a pseudonym ("W-ZBQQ-CAPC") is not broken at its hyphens.
        self.setStyleSheet("QLabel#qt_msgbox_label { min-width: 30em; }")
        self.show_button = None
        if len({r.interview_id for r in recovered}) == 1:
            self.show_button = self.addButton(self.tr("Show it"),
                                              QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Ok)
        self.buttonClicked.connect(self._clicked)

    def _length(self, seconds: float) -> str:
        return formatting.duration(max(1.0, seconds), self.language)

    def _witness(self, item: RecoveredRecording) -> str:
        return isolate(item.witness_code or self.tr("(unknown)"))

    def describe(self) -> str:
        if len(self.recovered) == 1:
            item = self.recovered[0]
            return self.tr(
                "An interrupted recording of %1 for witness %2 was recovered up to the last "
                "seconds before the app closed. It is saved with that interview's "
                "attachments.").replace("%1", isolate(self._length(item.seconds))).replace(
                    "%2", self._witness(item))
        lines = [formatting.counted(self.tr(
            "%n interrupted recording(s) were recovered up to the last seconds before the app "
            "closed. They are saved with their interviews' attachments:", "",
            len(self.recovered)))]
        for item in self.recovered:
            lines.append(self.tr("Witness %1: %2").replace("%1", self._witness(item)).replace(
                "%2", isolate(self._length(item.seconds))))
        return "\n".join(lines)

    def _clicked(self, button: object) -> None:
        if self.show_button is not None and button is self.show_button:
            self.show_requested.emit(self.recovered[0].interview_id)
