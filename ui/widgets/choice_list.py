"""A wizard page's list to choose from, with one option under it (the packet's recipients
with post-quantum encryption; the case export's receiving body with identities)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QListWidget, QVBoxLayout, QWidget


def choice_list(page: QWidget, list_name: str, option: str) -> tuple[QListWidget, QCheckBox,
                                                                      QVBoxLayout]:
    """Lay out the list and the option in `page`; the layout is returned for anything more."""
    chosen = QListWidget(page)
    chosen.setAccessibleName(list_name)
    check = QCheckBox(option, page)
    layout = QVBoxLayout(page)
    layout.addWidget(chosen, 1)
    layout.addWidget(check)
    return chosen, check, layout
