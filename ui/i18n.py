"""Switching the interface language: our catalog, Qt's own, the layout direction and QLocale.

Widgets call self.tr(); code outside widgets uses QCoreApplication.translate. Names and numbers
inserted into translated sentences are wrapped in Unicode isolates (`isolate()`), so an Arabic
sentence holding a Latin pseudonym (or the reverse) keeps its order.
"""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.preferences import STORABLE

from . import formatting
from .pseudo_locale import PseudoTranslator

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Wrap inserted text in first-strong isolates (U+2068 ... U+2069)."""
    return f"{FSI}{text}{PDI}"


def leading_alignment(widget: QWidget) -> Qt.AlignmentFlag:
    """Align to where reading starts in the widget's layout (right under Arabic), whatever the
    text: Qt aligns a label holding Latin text (a file name) to the left even in a
    right-to-left window, away from its field label."""
    side = (Qt.AlignmentFlag.AlignRight if widget.layoutDirection() ==
            Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft)
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def direction(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if i18n.is_rtl(language) else (
        Qt.LayoutDirection.LeftToRight)


class Translations:
    """Installs the catalogs for one language at a time on the application."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        # Which digits numbers are shown in (ui.formatting.CHOICES); kept across languages.
        self.digits = formatting.FOLLOW
        self._translators: list[QTranslator] = []
        self._files = ExitStack()

    def apply(self, language: str, digits: str | None = None) -> None:
        """Switch to `language`; `digits` None keeps the digits chosen before."""
        if digits is not None:
            self.digits = digits if digits in formatting.CHOICES else formatting.FOLLOW
        if language not in STORABLE:
            language = "en"
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators.clear()
        self._install(self._ours("en" if language == i18n.PSEUDO else language))
        if language == i18n.PSEUDO:
            pseudo = PseudoTranslator(self.app)
            self.app.installTranslator(pseudo)
            self._translators.append(pseudo)
        elif language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install_from(f"qtbase_{language}", qt_dir)
        self.language = language
        formatting.use(self.app, language, self.digits)
        QLocale.setDefault(formatting.qt_locale(language, self.digits))
        self.app.setLayoutDirection(direction(language))

    def _ours(self, language: str) -> str | None:
        entry = resources.files(f"{__package__}.translations").joinpath(
            f"testimony_{language}.qm")
        if not entry.is_file():
            return None
        return str(self._files.enter_context(resources.as_file(entry)))

    def _install(self, path: str | None) -> None:
        if path is None:
            return
        translator = QTranslator(self.app)
        if translator.load(path):
            self.app.installTranslator(translator)
            self._translators.append(translator)

    def _install_from(self, name: str, folder: str) -> None:
        translator = QTranslator(self.app)
        if translator.load(name, folder):
            self.app.installTranslator(translator)
            self._translators.append(translator)
