"""A drop-down of one vocabulary's terms in the interface language, led by "Not recorded".

The witness's and a person's gender and age range (and the witness's area) are chosen the same
way and saved when a choice is made, so both forms build their lists here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from testimony_recorder.recorder import vocabulary


def vocabulary_combo(parent: QWidget, name: str, kind: str, language: str,
                     chosen: Callable[[], None]) -> QComboBox:
    """`kind` names the vocabulary ("genders", "age_ranges", "areas"); `chosen` runs when a
    person picks an entry (not when the form sets one)."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(QCoreApplication.translate("VocabularyCombo", "Not recorded"), None)
    for term in vocabulary.terms(kind):
        combo.addItem(term.label(language), term.code)
    combo.activated.connect(chosen)
    return combo
