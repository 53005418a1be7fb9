"""The coordinator's workspace: what arrived from every interviewer device, in one place.

A coordinator vault (role "coordinator") opens this instead of the interviewer's editor. A
list on the leading side chooses the page: the archive, the perpetrator index, the chain of
command, the devices, possible duplicate witnesses, statistics and case export. Pages are
built the first time they are shown, so unlocking is quick however large the archive.

It holds decrypted content, so, like the interviewer's workspace, it exists only while the
vault is unlocked: locking destroys it.

Statistics and case export come from their own modules (`statistics_view`,
`case_export_wizard`); each, when present, provides `page(session, language, parent) ->
QWidget`. Until then their pages say they are not available yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.archive import facets
from testimony_recorder.recorder.vault import Vault

from .. import shortcuts
from ..session import Session
from ..tasks import Job
from . import duplicates_view
from .archive_view import ArchiveView
from .chain_view import ChainView
from .devices_view import DevicesView
from .import_dialog import ImportDialog
from .perpetrators_view import PerpetratorsView

ARCHIVE, PERPETRATORS, CHAIN, DEVICES, DUPLICATES, STATISTICS, CASE_EXPORT = (
    "archive", "perpetrators", "chain", "devices", "duplicates", "statistics", "case_export")
#: Page keys, their names, and the name of the shortcut that shows each (ui/shortcuts.py).
PAGES: tuple[tuple[str, object, str], ...] = (
    (ARCHIVE, QT_TRANSLATE_NOOP("ArchiveWorkspace", "Archive"), "page_archive"),
    (PERPETRATORS, QT_TRANSLATE_NOOP("ArchiveWorkspace", "Perpetrators"), "page_perpetrators"),
    (CHAIN, QT_TRANSLATE_NOOP("ArchiveWorkspace", "Chain of command"), "page_chain"),
    (DEVICES, QT_TRANSLATE_NOOP("ArchiveWorkspace", "Devices"), "page_devices"),
    (DUPLICATES, QT_TRANSLATE_NOOP("ArchiveWorkspace", "Duplicate witnesses"),
     "page_duplicates"),
    (STATISTICS, QT_TRANSLATE_NOOP("ArchiveWorkspace", "Statistics"), "page_statistics"),
    (CASE_EXPORT, QT_TRANSLATE_NOOP("ArchiveWorkspace", "Case export"), "page_case_export"),
)
# Pages another module provides, and that module (a plain comment: lupdate would give a
# "#:" one to the translators of the next string in this file).
PLUGGED = {STATISTICS: "statistics_view", CASE_EXPORT: "case_export_wizard"}
PageFactory = Callable[[Session, str, QWidget], QWidget]


def _words(text: object) -> str:
    return QCoreApplication.translate("ArchiveWorkspace", str(text))


def plugged_page(module: str) -> PageFactory | None:
    """The `page` factory of a coordinator module another part of the app provides, if any."""
    try:
        found = importlib.import_module(f"{__package__}.{module}")
    except ModuleNotFoundError:
        return None
    factory = getattr(found, "page", None)
    return factory if callable(factory) else None


class Preparing(QWidget):
    """Shown while a vault made before this version gets the archive's facets and index."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        #: Shown once after an update, while every testimony of the archive is indexed.
        text = QLabel(self.tr(
            "Preparing the archive for this version of the app. This happens once; with many "
            "thousands of testimonies it takes a few minutes. Nothing is lost if the app is "
            "closed meanwhile: it starts again at the next unlock."), self)
        text.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, Job.SCALE)
        self.bar.setAccessibleName(self.tr("Preparing the archive"))
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(text)
        column.addWidget(self.bar)
        column.addStretch(2)


class ArchiveWorkspace(QWidget):
    failed = Signal(object)
    # A page was shown (its key).
    page_shown = Signal(str)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.pages: dict[str, QWidget] = {}
        self.import_dialog: ImportDialog | None = None
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Coordinator pages"))
        self.stack = QStackedWidget(self)
        for key, name, _ in PAGES:
            item = QListWidgetItem(_words(name), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        # As wide as its longest name in this language, leaving the rest to the pages.
        margin = 2 * self.nav.frameWidth() + self.nav.fontMetrics().averageCharWidth() * 4
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + margin)
        self.nav.currentRowChanged.connect(lambda row: self.show_page(PAGES[row][0]))
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        # Whether the archive is ready (prepared for this version), and the page asked for
        # before it was.
        self._ready = False
        self._asked: str | None = None
        self.preparing = Preparing(self)  # into the stack only if a rebuild reports progress
        self.preparing.hide()
        self.nav.setEnabled(False)  # until the archive is ready

        def prepare(vault: Vault, job: Job) -> None:
            # Once per unlock: a vault made before this version's facets and perpetrator index
            # gets them now (minutes at 100,000 testimonies; only a rebuild reports progress).
            facets.ensure(vault, job.report)

        session.runner.run(prepare, owner=self, done=lambda _: self._opened(),
                           failed=self.failed.emit, progress=self.show_preparing)

    def show_preparing(self, permille: int) -> None:
        """A rebuild reported progress: show how far it is (unless a page was asked for
        meanwhile, from the menu: its own work waits for the rebuild, then shows)."""
        if self.stack.indexOf(self.preparing) < 0:
            self.stack.addWidget(self.preparing)
        if self._asked is None:
            self.stack.setCurrentWidget(self.preparing)
        self.preparing.bar.setValue(permille)

    def _opened(self) -> None:
        self._ready = True
        self.nav.setEnabled(True)
        self.show_page(self._asked or ARCHIVE)

    # -- pages ---------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        if not self._ready:
            self._asked = key  # shown again once the archive is ready
        page = self.pages.get(key)
        if page is None:
            page = self.pages[key] = self._build(key)
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        row = [k for k, _, _ in PAGES].index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.page_shown.emit(key)
        return page

    def _build(self, key: str) -> QWidget:
        if key == ARCHIVE:
            return ArchiveView(self.session, self.language, self)
        if key == PERPETRATORS:
            return PerpetratorsView(self.session, self.language, self)
        if key == CHAIN:
            return ChainView(self.session, self.language, self)
        if key == DEVICES:
            return DevicesView(self.session, self.language, self)
        if key == DUPLICATES:
            return duplicates_view.DuplicatesView(self.session, self)
        factory = plugged_page(PLUGGED[key])
        if factory is not None:
            return factory(self.session, self.language, self)
        name = _words(next(n for k, n, _ in PAGES if k == key))
        label = QLabel(self.tr("%1 is not available yet.").replace("%1", name), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(name)
        return label

    # -- menu ----------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu) -> list[QAction]:
        """The Archive menu's actions (the window's menu bar holds the menu)."""
        actions = []
        importing = QAction(self.tr("&Import packets..."), menu)
        shortcuts.apply(importing, "import_packets")
        importing.triggered.connect(self.open_import)
        actions.append(importing)
        finding = QAction(self.tr("&Find in the archive"), menu)
        shortcuts.apply(finding, "find_archive")
        finding.triggered.connect(self._find)
        actions.append(finding)
        for key, name, shortcut in PAGES:
            action = QAction(_words(name), menu)
            shortcuts.apply(action, shortcut)
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            actions.append(action)
        menu.addActions(actions[:2])
        menu.addSeparator()
        menu.addActions(actions[2:])
        return actions

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.session, self.language, self)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self) -> None:
        """New packets change every page: reload those already built."""
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def _find(self) -> None:
        page = self.show_page(ARCHIVE)
        if isinstance(page, ArchiveView):
            page.search_box.setFocus()
            page.search_box.selectAll()
