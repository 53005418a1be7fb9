"""Interviewer-facing names for consent kinds and methods, in the interface language."""

from __future__ import annotations

# Marked with QT_TRANSLATE_NOOP for the catalog, translated when shown.
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS: dict[str, str] = {
    "given": str(QT_TRANSLATE_NOOP("ConsentLabels", "Given")),
    "amended": str(QT_TRANSLATE_NOOP("ConsentLabels", "Changed")),
    "withdrawn": str(QT_TRANSLATE_NOOP("ConsentLabels", "Withdrawn")),
}
METHODS: dict[str, str] = {
    "signature": str(QT_TRANSLATE_NOOP("ConsentLabels", "signature")),
    "mark": str(QT_TRANSLATE_NOOP("ConsentLabels", "mark")),
    "verbal": str(QT_TRANSLATE_NOOP("ConsentLabels", "spoken")),
    "paper": str(QT_TRANSLATE_NOOP("ConsentLabels", "paper form")),
}
ANSWERS: dict[str, str] = {
    "yes": str(QT_TRANSLATE_NOOP("ConsentLabels", "yes")),
    "no": str(QT_TRANSLATE_NOOP("ConsentLabels", "no")),
    "-": str(QT_TRANSLATE_NOOP("ConsentLabels", "not asked")),
}


def kind(value: str) -> str:
    return QCoreApplication.translate("ConsentLabels", KINDS.get(value, value))


def method(value: str) -> str:
    return QCoreApplication.translate("ConsentLabels", METHODS.get(value, value))


def answer(value: str) -> str:
    return QCoreApplication.translate("ConsentLabels", ANSWERS.get(value, value))
