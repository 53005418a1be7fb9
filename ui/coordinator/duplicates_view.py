"""Witnesses who may have been interviewed twice, for the coordinator: pairs of pseudonyms with
a score and the fields that agree, never names. A pair can be marked "same person" or
"different people" (kept and logged); names are shown only on a deliberate, confirmed act
that needs the witness-identity key and is written in the custody log.

A self-contained widget: the coordinator's workspace can hold it; until then the Vault menu
opens it in a dialog (`open_dialog`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.linkage import duplicates
from testimony_recorder.recorder.linkage.duplicates import Candidate
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import show_error
from ..session import Session
from ..tasks import Job
from ..widgets.confirm import ask
from ..widgets.rows import choose_row

#: Field names as the core reports them, worded here.
FIELD_WORDS = {
    "names": QT_TRANSLATE_NOOP("Duplicates", "names"),
    "first_name": QT_TRANSLATE_NOOP("Duplicates", "first name"),
    "father_name": QT_TRANSLATE_NOOP("Duplicates", "father's name"),
    "birth_year": QT_TRANSLATE_NOOP("Duplicates", "year of birth"),
    "governorate": QT_TRANSLATE_NOOP("Duplicates", "governorate"),
}
VERDICT_WORDS = {
    "same": QT_TRANSLATE_NOOP("Duplicates", "same person"),
    "different": QT_TRANSLATE_NOOP("Duplicates", "different people"),
}
COLUMNS = 5


class DuplicatesView(QWidget):
    # Emitted after the list was (re)loaded, with the number of pairs.
    loaded = Signal(int)
    # Emitted once a verdict is stored.
    marked = Signal(str, str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pairs: list[Candidate] = []
        intro = QLabel(self.tr("Witnesses who may have been interviewed twice, found by "
                               "comparing keyed fingerprints. Names are not shown."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setAccessibleName(self.tr("Possible duplicate witnesses"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Witnesses"), self.tr("Score"), self.tr("Fields that agree"),
            self.tr("Sent by"), self.tr("Verdict")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No likely duplicates."), self)
        self.waiting = QLabel(self)
        self.waiting.setWordWrap(True)
        self.fingerprint_button = QPushButton(self.tr("Compute their fingerprints"), self)
        self.fingerprint_button.clicked.connect(self._fingerprint)
        self.waiting.hide()
        self.fingerprint_button.hide()
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.fingerprint_button)
        self.same_button = QPushButton(self.tr("Same person"), self)
        self.different_button = QPushButton(self.tr("Different people"), self)
        self.names_button = QPushButton(self.tr("Show names..."), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.same_button.clicked.connect(lambda: self._mark("same"))
        self.different_button.clicked.connect(lambda: self._mark("different"))
        self.names_button.clicked.connect(self._show_names)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.same_button, self.different_button, self.names_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(waiting_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._selection_changed()
        self.refresh()

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        def work(vault: Vault, job: Job) -> tuple[list[Candidate], int]:
            return duplicates.find(vault), duplicates.sealed_without_fingerprints(vault.conn)

        self.session.runner.run(work, owner=self, done=self._show, failed=self._failed)

    def _show(self, found: tuple[list[Candidate], int]) -> None:
        pairs, waiting = found
        self.waiting.setText(self.tr(
            "%n witness(es) cannot be compared yet: their identity was sealed on a laptop that "
            "had no linkage key. Their fingerprints can be computed here with the "
            "witness-identity key; no name is shown.", "", waiting))
        for widget in (self.waiting, self.fingerprint_button):
            widget.setVisible(waiting > 0)
        chosen = self.selected()
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            agree = formatting.listed([QCoreApplication.translate("Duplicates",
                                                                  str(FIELD_WORDS[f]))
                                       for f in pair.comparison.agreeing()])
            sources = " / ".join(s or self.tr("this vault") for s in (pair.a_source,
                                                                       pair.b_source))
            texts = [self.tr("%1 and %2").replace("%1", isolate(pair.a_code)).replace(
                         "%2", isolate(pair.b_code)),
                     formatting.number(pair.score, formatting.ui_language(), decimals=2),
                     agree or self.tr("none"), sources,
                     QCoreApplication.translate("Duplicates", str(VERDICT_WORDS[pair.verdict]))
                     if pair.verdict else ""]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if chosen is not None and (pair.a_id, pair.b_id) == (chosen.a_id, chosen.b_id):
                choose_row(self.table, row)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(pairs))
        self.empty.setVisible(not pairs)
        self._selection_changed()
        self.loaded.emit(len(pairs))

    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        for button in (self.same_button, self.different_button, self.names_button):
            button.setEnabled(has)

    # -- acting --------------------------------------------------------------------------
    def _mark(self, verdict: str) -> None:
        pair = self.selected()
        if pair is None:
            return

        def done(_: Any) -> None:
            self.marked.emit(pair.a_code, pair.b_code, verdict)
            self.refresh()

        a, b = pair.a_code, pair.b_code
        self.session.runner.run(lambda vault, job: duplicates.mark(vault, a, b, verdict),
                                owner=self, done=done, failed=self._failed)

    def _fingerprint(self) -> None:
        self.session.runner.run(lambda vault, job: duplicates.fingerprint_sealed(vault),
                                owner=self, done=lambda _: self.refresh(), failed=self._failed)

    def _show_names(self) -> None:
        pair = self.selected()
        if pair is None or not ask(
                self, self.tr("Show names"),
                self.tr("This shows the names of %1 and %2. It needs the witness-identity key, "
                        "and each reveal is written in the custody log.").replace(
                    "%1", isolate(pair.a_code)).replace("%2", isolate(pair.b_code)),
                self.tr("Show names"), warning=False):
            return
        a, b = pair.a_code, pair.b_code
        self.session.runner.run(lambda vault, job: duplicates.reveal_pair(vault, a, b),
                                owner=self, done=self._names_shown, failed=self._failed)

    def _names_shown(self, found: dict[str, Any]) -> None:
        lines = []
        for code, identity in found.items():
            name = identity.full_name if identity is not None else self.tr("no identity "
                                                                            "recorded")
            lines.append(f"{isolate(code)}: {isolate(name)}")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Show names"),
                          "\n".join(lines), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names come from packets: never markup
        box.exec()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)


def open_dialog(session: Session, parent: QWidget) -> QDialog:
    """The view in a window of its own (the Vault menu, for coordinator vaults)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Duplicates", "Possible duplicate "
                                                     "witnesses"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(DuplicatesView(session, dialog))
    dialog.resize(820, 460)
    dialog.open()
    return dialog
