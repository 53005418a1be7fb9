"""The app draws Arabic, Sorani, Kurmanji and Turkish with its own fonts, whatever the laptop
has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.bundled import resource
from testimony_recorder.ui.fonts import FAMILIES, load_fonts, use_bundled_fonts

#: Letters each language needs: Sorani's and Arabic's own, Kurmanji's and Turkish's Latin ones.
ARABIC_SCRIPT = [0x0627, 0x0647, 0x0629, 0x0695, 0x06B5, 0x06CE, 0x06C6, 0x06D5, 0x06A4, 0x0660]
LATIN = [ord(c) for c in "aAeE\u00ea\u00ee\u00fb\u00e7\u015f\u011f\u0131\u0130\u015e\u00e9\u00e8"]


def test_bundled_fonts_load_and_carry_their_licence(qapp: QApplication) -> None:
    assert set(FAMILIES) <= set(load_fonts())
    assert "Open Font License" in resource("fonts/OFL.txt").read_text("utf-8").replace(
        "OPEN FONT LICENSE", "Open Font License")


def test_each_script_is_covered_by_a_bundled_font(qapp: QApplication) -> None:
    load_fonts()
    latin = QFontMetrics(QFont("Noto Sans"))
    arabic = QFontMetrics(QFont("Noto Naskh Arabic"))
    assert all(latin.inFontUcs4(c) for c in LATIN)
    assert all(arabic.inFontUcs4(c) for c in ARABIC_SCRIPT)


def test_the_application_font_names_them_first(qtbot: QtBot, qapp: QApplication) -> None:
    before = QFont(qapp.font())
    try:
        use_bundled_fonts(qapp)
        assert qapp.font().families()[:2] == FAMILIES
    finally:
        qapp.setFont(before)
