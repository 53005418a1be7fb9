"""The developers' pseudo-locale: longer, bracketed strings, right to left, nothing broken."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from testimony_recorder.recorder import i18n
from testimony_recorder.ui.i18n import Translations
from testimony_recorder.ui.pseudo_locale import pseudo


def test_pseudo_keeps_placeholders_mnemonics_and_markup() -> None:
    for text in ("Save %1 to %2", "&New interview", "%n interview(s)", "<b>Bold</b> &amp;"):
        out = pseudo(text)
        assert out.startswith("[") and out.endswith("]")
        assert re.findall(r"%\d|%n|<[^>]+>|&amp;", out) == re.findall(r"%\d|%n|<[^>]+>|&amp;",
                                                                     text)
        assert out.count("&") == text.count("&")
        assert len(out) >= len(text) * 1.3


def test_pseudo_locale_translates_everything_and_mirrors(qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        translations.apply(i18n.PSEUDO)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        shown = QCoreApplication.translate("MainWindow", "Testimony Recorder")
        assert shown.startswith("[") and "Testimony" not in shown
        assert i18n.is_rtl(i18n.PSEUDO)
    finally:
        translations.apply("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
