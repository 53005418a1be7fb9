"""Witness mode's look: large type, large targets, and nothing that nudges an answer.

Yes and No look the same until chosen; the chosen one is filled. No green for yes or red for
no: colours must not suggest a right answer.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

TITLE_PX = 34
QUESTION_PX = 28
BODY_PX = 22
BUTTON_PX = 24
SMALL_PX = 16
BUTTON_HEIGHT = 72

WINDOW_STYLE = f"""
QWidget#witnessWindow {{ background: #fbfaf7; }}
QLabel {{ color: #1d1d1d; }}
QPushButton {{
    font-size: {BUTTON_PX}px; padding: 10px 28px; border-radius: 10px;
    border: 2px solid #5b6770; background: #ffffff; color: #1d1d1d;
}}
QPushButton:disabled {{ color: #9a9a9a; border-color: #c8c8c8; }}
QPushButton:focus {{ border: 3px solid #1f4e79; }}
QPushButton[answer="true"] {{ min-width: 220px; min-height: {BUTTON_HEIGHT + 8}px;
    font-size: {QUESTION_PX}px; font-weight: 600; }}
QPushButton[answer="true"]:checked {{ background: #1f4e79; color: #ffffff;
    border-color: #1f4e79; }}
QPushButton[method="true"]:checked {{ background: #1f4e79; color: #ffffff;
    border-color: #1f4e79; }}
QPushButton[quiet="true"] {{ font-size: {SMALL_PX}px; padding: 6px 12px;
    border: 1px solid #b9b9b9; color: #555555; }}
QPushButton[change="true"] {{ font-size: {BODY_PX - 2}px; padding: 6px 20px;
    min-height: 44px; }}
QCheckBox::indicator {{ width: 28px; height: 28px; }}
QPushButton[stop="true"] {{ font-size: {SMALL_PX + 2}px; padding: 8px 18px; }}
QScrollArea {{ border: none; background: transparent; }}
QWidget#scrollBody {{ background: transparent; }}
"""


# Fonts tried in order. Arabic-script text gets a face drawn for it (Naskh, the book hand
# most readers know best); letting Qt fall back glyph by glyph mixes metrics and can wrap
# lines wider than their label.
ARABIC_SCRIPT_FAMILIES = ["Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", "Noto Sans",
                          "DejaVu Sans"]
LATIN_FAMILIES = ["Noto Sans", "Segoe UI", "DejaVu Sans"]


def families(direction: str) -> list[str]:
    return ARABIC_SCRIPT_FAMILIES if direction == "rtl" else LATIN_FAMILIES


def set_families(widget: QWidget, direction: str) -> None:
    """Through the style sheet: with one in force, Qt does not pass a parent's font family
    on to children that have a style sheet rule of their own."""
    quoted = ", ".join(f'"{f}"' for f in families(direction))
    widget.setStyleSheet(f"{WINDOW_STYLE}\n* {{ font-family: {quoted}; }}")


def set_px(widget: QWidget, pixels: int, *, bold: bool = False) -> None:
    """Size in pixels so the type is as large on every screen's scaling.

    A fresh QFont carries only what is set here, so the family still follows the window
    (which follows the witness's script).
    """
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    widget.setFont(font)
