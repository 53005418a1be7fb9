"""The read-only view of one imported interview: testimony versions, incidents, persons,
attachments with the form consent allows, the consent history, and provenance (the packets it
came in, the device that signed them, when they were imported, the custody trail).

All of it came from a packet: every text is shown as plain text (QPlainTextEdit, PlainText
labels), never as markup. Opening a search hit selects the part that matched and marks every
match in it (recorder.archive.search.matches_in).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.archive import search, view
from testimony_recorder.recorder.archive.search import TextMatches
from testimony_recorder.recorder.archive.view import InterviewView
from testimony_recorder.recorder.vault import Vault

from ..session import Session
from ..tasks import Job
from ..widgets.hit_marks import shade
from ..widgets.reading_text import reading_text
from .attachments_pane import AttachmentsPane
from .identity_reveal import IdentityReveal
from .interview_texts import InterviewTexts

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Opened:
    shown: InterviewView
    matches: TextMatches | None


class PartList(QWidget):
    """Records of one kind (versions, incidents or persons): a list, and the chosen one's text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[str, str] = {}
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("%1: details").replace("%1", name))
        self.list.currentItemChanged.connect(self._chosen)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([120, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def fill(self, parts: list[tuple[str, str, str]]) -> None:
        """(record id, list label, text) of each record."""
        self.list.clear()
        self.text.clear()
        self.texts = {ref: text for ref, _, text in parts}
        for ref, label, _ in parts:
            item = QListWidgetItem(label, self.list)
            item.setData(ID_ROLE, ref)
        if parts:
            self.list.setCurrentRow(len(parts) - 1)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.text.setPlainText(self.texts.get(item.data(ID_ROLE), "") if item else "")

    def mark(self, ref: str, whole: str, spans: tuple[tuple[int, int], ...]) -> bool:
        """Select record `ref`, show `whole` (the part as the search saw it) and mark `spans`."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == ref:
                self.list.setCurrentRow(row)
                break
        else:
            return False
        self.text.setPlainText(whole)
        shade(self.text, spans)
        return True

    def marked_count(self) -> int:
        return len(self.text.extraSelections())


class InterviewPane(QWidget):
    # An interview is shown (its id).
    shown = Signal(str)
    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.interview_id: str | None = None
        self.words = InterviewTexts(language, self)
        self.title = QLabel(self.tr("Choose a testimony in the list."), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show &identity..."), self)
        self.reveal_button.setEnabled(False)
        self.reveal = IdentityReveal(session, self)
        self.reveal_button.clicked.connect(
            lambda: self.reveal.start(self.interview_id) if self.interview_id else None)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the interview"))
        self.versions = PartList(self.tr("Testimony versions"), self)
        self.incidents = PartList(self.tr("Incidents"), self)
        self.persons = PartList(self.tr("Persons"), self)
        self.attachments = AttachmentsPane(session, self.words, self)
        self.attachments.failed.connect(self.failed)
        self.consent = reading_text(self, self.tr("Consent history"))
        self.provenance = reading_text(self, self.tr("Provenance"))
        for widget, name in ((self.versions, self.tr("Testimony")),
                             (self.incidents, self.tr("Incidents")),
                             (self.persons, self.tr("Persons")),
                             (self.attachments, self.tr("Attachments")),
                             (self.consent, self.tr("Consent")),
                             (self.provenance, self.tr("Provenance"))):
            self.tabs.addTab(widget, name)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def open(self, interview_id: str, kind: str | None = None, ref_id: str | None = None,
             text: str = "") -> None:
        """Show the interview; with a hit (kind, ref_id, query), go to it and mark it."""

        def work(vault: Vault, job: Job) -> Opened:
            shown = view.show(vault, interview_id)
            found = (search.matches_in(vault.conn, kind, ref_id, text)
                     if kind is not None and ref_id is not None else None)
            return Opened(shown, found)

        self.session.runner.run(work, owner=self, done=self._show, failed=self.failed.emit)

    def _show(self, opened: Opened) -> None:
        v, w = opened.shown, self.words
        b = v.bundle
        self.interview_id = b.interview.id
        self.title.setText(w.title(v))
        self.reveal_button.setEnabled(v.identity_held)
        self.versions.fill([(t.id, w.version_label(t), w.version_text(t))
                            for t in b.testimonies])
        self.incidents.fill([(i.id, i.title or self.tr("(untitled incident)"),
                              w.incident_text(i, b)) for i in b.incidents])
        self.persons.fill([(p.id, p.name or self.tr("(unnamed)"), w.person_text(p, b))
                           for p in b.persons])
        self.attachments.show_interview(v)
        self.consent.setPlainText(w.consent(v))
        self.provenance.setPlainText(w.provenance(v))
        if opened.matches is not None:
            self.go_to(opened.matches)
        self.shown.emit(self.interview_id)

    def go_to(self, matches: TextMatches) -> None:
        part = {search.NARRATIVE: self.versions, search.SUMMARY: self.versions,
                search.INCIDENT: self.incidents, search.PERSON: self.persons}.get(matches.kind)
        if part is not None and part.mark(matches.ref_id, matches.text, matches.highlights):
            self.tabs.setCurrentWidget(part)
