"""A list to choose from that also takes typed text (areas, persons, relations)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


def editable_combo(parent: QWidget, name: str, max_length: int,
                   placeholder: str = "") -> tuple[QComboBox, QLineEdit]:
    """The combo box and its line edit; typed text is never added to the list itself."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(name)
    line = combo.lineEdit()
    if line is None:  # an editable combo always has one; this keeps the type checker honest
        raise RuntimeError("editable QComboBox without a line edit")
    line.setMaxLength(max_length)
    line.setPlaceholderText(placeholder)
    line.setAccessibleName(name)
    return combo, line
