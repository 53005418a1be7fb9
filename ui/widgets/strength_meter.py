"""Shows how hard a passphrase would be to guess, with advice in plain words."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from testimony_recorder.recorder import strength

from ..i18n import isolate


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.show_for("")

    def show_for(self, passphrase: str) -> strength.Strength:
        result = strength.estimate(passphrase)
        ratings = {
            strength.WEAK: (1, self.tr("Weak: easy to guess.")),
            strength.FAIR: (2, self.tr("Fair: a determined attacker could guess it.")),
            strength.GOOD: (3, self.tr("Good.")),
            strength.STRONG: (4, self.tr("Strong.")),
        }
        level, text = ratings[result.rating]
        hints = {
            "too_short": self.tr("Use at least %1 characters; longer is much better.").replace(
                "%1", isolate(QLocale().toString(strength.MIN_LENGTH))),
            "repetitive": self.tr("Avoid repeated characters and simple runs like 1234."),
            "use_words": self.tr("Several unrelated words you can remember make a strong "
                                 "passphrase."),
        }
        advice = " ".join(hints[h] for h in result.hints if h in hints)
        self.bar.setValue(level if passphrase else 0)
        colour = {1: "#b00020", 2: "#c77700", 3: "#2e7d32", 4: "#1b5e20"}[level]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.label.setText(f"{text} {advice}".strip() if passphrase else "")
        return result
