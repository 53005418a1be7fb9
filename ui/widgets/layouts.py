"""The one layout shape many panes share: parts stacked top to bottom, flush with the pane's
edges, the last part taking the spare height (a list or table under its controls)."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget


def column(owner: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """Lay `parts` out in `owner` without margins; the last one stretches."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    for n, part in enumerate(parts):
        stretch = 1 if n == len(parts) - 1 else 0
        if isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout
