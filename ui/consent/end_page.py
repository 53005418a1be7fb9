"""The last page the witness sees: thanks (consent saved) or their choice to stop respected."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .text_page import TextPage


class EndPage(TextPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def show_end(self, ui: dict[str, str], stopped: bool) -> None:
        key = "stopped" if stopped else "done"
        self.show_text(ui[f"{key}_title"], [ui[f"{key}_text"]], centred=True)
