"""The pseudo-locale translator: every string longer, accented and bracketed.

Real translations run up to 40% longer than English (French and Turkish often do), and a
label that fits in English is cut off in them. Screenshots in this locale show where: the
brackets mark both ends of each string, so a missing "]" is clipped text, and an unaccented
word is a string that never went through tr(). Placeholders (%1, %n), mnemonics (&) and
markup are kept as they are, so the app still works in it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

_ACCENTED = str.maketrans(
    "AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "\u00c5\u00e5\u0181\u00c7\u00e7\u00d0\u00f0\u00c9\u00e9\u011c\u011d\u0124\u0125"
    "\u00ce\u00ee\u0134\u0135\u0136\u0137\u013b\u013c\u00d1\u00f1\u00d6\u00f6\u0158\u0159"
    "\u0160\u0161\u0162\u0163\u00db\u00fb\u0174\u0175\u00dd\u00fd\u017d\u017e")
# What must survive untouched: placeholders, HTML tags and entities, mnemonic markers.
_KEEP = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z#0-9]+;|&&|&(?=\S))")
_PAD = "\u00b7"


def pseudo(text: str) -> str:
    """'Save %1' -> '[\u0160\u00e5v\u00e9 %1 \u00b7\u00b7\u00b7]': about 40% longer."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    body = "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTED)
                   for part in parts)
    return "[" + body + " " + _PAD * max(2, (len(text) * 2) // 5) + "]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo form of the English text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:  # Qt's name: never empty, so Qt asks it for every string
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source) if source else source
