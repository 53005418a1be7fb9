"""Case export, steps 1 and 2: which testimonies (an archive filter) and for which body
(with or without the witnesses' identities where they agreed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from testimony_recorder.recorder.archive import facets, listing
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.consent import bodies, items
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..messages import describe
from ..session import Session
from ..tasks import Job
from ..widgets.choice_list import choice_list
from .compact_filter import CompactFilterBar


class SelectionPage(QWizardPage):
    def __init__(self, session: Session, language: str) -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.setTitle(self.tr("Which testimonies"))
        self.setSubTitle(self.tr("Choose testimonies as in the archive list. Consent decides "
                                 "later which of them may go."))
        self.filter_bar = CompactFilterBar(language, self)
        self.filter_bar.changed.connect(self.count)
        self.found = QLabel(self)
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.found.setWordWrap(True)
        self.selected = -1
        self._asked = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.found)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.count()

    def archive_filter(self) -> ArchiveFilter:
        return self.filter_bar.archive_filter()

    def count(self) -> None:
        self._asked += 1
        asked, filt = self._asked, self.archive_filter()
        self.selected = -1
        self.completeChanged.emit()

        def work(vault: Vault, job: Job) -> tuple[int, list[bodies.Body]]:
            facets.ensure(vault)
            return (listing.count(vault.conn, filt),
                    [b for b, _ in bodies.all_bodies(vault.conn)])

        def done(value: tuple[int, list[bodies.Body]]) -> None:
            if asked != self._asked:
                return
            self.selected, known = value
            if self.filter_bar.shareable.count() == 1:
                self.filter_bar.set_bodies(known, self.language)
            self.found.setText(formatting.counted(
                self.tr("%n testimonies selected.", "", self.selected), self.selected))
            self.completeChanged.emit()

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                self.found.setText(describe(error))

        self.session.runner.run(work, owner=self, done=done, failed=failed)

    def isComplete(self) -> bool:
        return self.selected > 0


class BodyPage(QWizardPage):
    def __init__(self, session: Session, language: str) -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.setTitle(self.tr("For whom"))
        self.setSubTitle(self.tr("A testimony goes only to a body its witness agreed to share "
                                 "it with."))
        self.list, self.identities, _ = choice_list(
            self, self.tr("Receiving body"), self.tr(
                "Include the witnesses' identities where they agreed (opens the "
                "witness-identity key; each one is written in the custody log)"))
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:
        if self.list.count():
            return

        def work(vault: Vault, job: Job) -> list[bodies.Body]:
            return [b for b, _ in bodies.all_bodies(vault.conn)]

        def done(known: list[bodies.Body]) -> None:
            own = QListWidgetItem(self.tr("This organisation"))
            own.setData(Qt.ItemDataRole.UserRole, items.OWN_ORGANISATION)
            self.list.addItem(own)
            for body in known:
                item = QListWidgetItem(body.name(self.language))
                item.setData(Qt.ItemDataRole.UserRole, body.id)
                item.setToolTip(body.about(self.language))
                self.list.addItem(item)

        self.session.runner.run(work, owner=self, done=done,
                                failed=lambda e: self.setSubTitle(describe(e)))

    def body(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def body_name(self) -> str:
        item = self.list.currentItem()
        return "" if item is None else item.text()

    def choose(self, body: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == body:
                self.list.setCurrentRow(row)

    def isComplete(self) -> bool:
        return self.body() is not None
