"""Shows how hard a passphrase would be to guess, with advice in plain words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from testimony_recorder.recorder import strength

from .message_label import MessageLabel


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        # Room for the rating and two lines of advice, so the fields below do not jump.
        self.label = MessageLabel(3, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.show_for("")

    def show_for(self, passphrase: str, personal: Sequence[str] = ()) -> strength.Strength:
        result = strength.estimate(passphrase, personal)
        ratings = {
            strength.WEAK: (1, self.tr("Weak: easy to guess.")),
            strength.FAIR: (2, self.tr("Fair, but not enough: a determined attacker could "
                                       "guess it.")),
            strength.GOOD: (3, self.tr("Good.")),
            strength.STRONG: (4, self.tr("Strong.")),
        }
        level, text = ratings[result.rating]
        hints = {
            strength.TOO_SHORT: self.tr("It is too short."),
            strength.COMMON_PASSWORD: self.tr("It is, or contains, a commonly used password."),
            strength.COMMON_WORD: self.tr("It is built on a common word; a common word on its "
                                          "own is easy to guess."),
            strength.NAME: self.tr("It contains a common name."),
            strength.PERSONAL: self.tr("It contains your name or your organisation's."),
            strength.KEYBOARD_PATTERN: self.tr("It follows keys that sit next to each other."),
            strength.REPEATED: self.tr("It repeats characters or words."),
            strength.SEQUENCE: self.tr("It contains a simple run like abc or 1234."),
            strength.DATE: self.tr("It contains a date or a year."),
            strength.USE_WORDS: self.tr("Four or more unrelated words you can remember make a "
                                        "strong passphrase."),
        }
        advice = " ".join(hints[h] for h in result.hints)
        self.bar.setValue(level if passphrase else 0)
        colour = {1: "#b00020", 2: "#c77700", 3: "#2e7d32", 4: "#1b5e20"}[level]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.label.setText(f"{text} {advice}".strip() if passphrase else "")
        return result
