"""The app's own fonts: Noto Sans for Latin script and Noto Naskh Arabic for Arabic, Sorani and
the other Arabic-script languages, shipped in resources/fonts (SIL Open Font License).

A Windows or macOS laptop may lack a font that draws Sorani's letters (such as U+06B5 or U+06CE)
well, and the platform's fallback then mixes styles or shows boxes. Loading the fonts into the
application and naming them first makes every screen look the same everywhere.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from testimony_recorder.recorder.bundled import resource

# Tried in this order for every character: Latin first, then Arabic script.
FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt; return the families that loaded."""
    loaded: list[str] = []
    for entry in sorted(resource("fonts").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".ttf"):
            continue
        with resources.as_file(entry) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(loaded))


def use_bundled_fonts(qt: QApplication) -> None:
    """Load the fonts and make them the application's, keeping the platform's point size.
    Done once: setting the application's font again lays out every live widget anew."""
    if qt.font().families()[:len(FAMILIES)] == FAMILIES:
        return
    load_fonts()
    font = QFont(qt.font())
    font.setFamilies(FAMILIES)
    qt.setFont(font)
