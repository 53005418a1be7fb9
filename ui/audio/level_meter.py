"""The input level while recording: a painted bar on a decibel scale, with a peak mark.

It fills from the start of the reading direction (from the right in Arabic). A decibel scale
makes quiet speech visible; the last stretch turns red where the sound is close to clipping.
Screen readers get the level as words, updated when it changes by a step, not 20 times a second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0
# How fast the bar falls back per update (fraction of the scale), so speech looks steady.
FALL = 0.04
PEAK_HOLD_UPDATES = 20
GOOD, LOUD = 0.75, 0.92  # on the 0..1 scale: -15 dBFS and -5 dBFS
STEPS = 10


def to_scale(peak: float) -> float:
    """A peak amplitude (0..1) on the meter's 0..1 decibel scale."""
    if peak <= 0:
        return 0.0
    db = 20 * math.log10(min(1.0, peak))
    return max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = 0.0
        self.peak = 0.0
        self._peak_age = 0
        self._step = -1
        self.setAccessibleName(self.tr("Input level"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 14)

    def set_level(self, peak: float) -> None:
        """The peak (0..1) of the last block of sound."""
        target = to_scale(peak)
        self.value = target if target >= self.value else max(target, self.value - FALL)
        if target >= self.peak or self._peak_age > PEAK_HOLD_UPDATES:
            self.peak, self._peak_age = target, 0
        else:
            self._peak_age += 1
        self._describe()
        self.update()

    def reset(self) -> None:
        self.value = self.peak = 0.0
        self._peak_age = 0
        self._describe()
        self.update()

    def _describe(self) -> None:
        step = round(self.value * STEPS)
        if step == self._step:
            return
        self._step = step
        if self.value <= 0:
            text = self.tr("No sound")
        elif self.value >= LOUD:
            text = self.tr("Very loud, close to distortion")
        elif self.value >= GOOD:
            text = self.tr("Good level")
        else:
            text = self.tr("Quiet")
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        palette = self.palette()
        painter.setPen(palette.mid().color())
        painter.setBrush(palette.base())
        painter.drawRoundedRect(outer, 3, 3)
        inner = outer.adjusted(2, 2, -2, -2)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setPen(Qt.PenStyle.NoPen)
        # Three zones, drawn only as far as the level reaches.
        zones = ((0.0, GOOD, QColor("#2e7d32")), (GOOD, LOUD, QColor("#f9a825")),
                 (LOUD, 1.0, QColor("#c62828")))
        for start, end, color in zones:
            stop = min(end, self.value)
            if stop <= start:
                break
            painter.setBrush(color)
            painter.drawRect(self._span(inner, start, stop, rtl))
        if self.peak > 0:
            painter.setBrush(palette.text())
            x = self._span(inner, 0.0, self.peak, rtl)
            edge = x.left() if rtl else x.right() - 2
            painter.drawRect(QRectF(edge, inner.top(), 2, inner.height()))
        painter.end()

    @staticmethod
    def _span(inner: QRectF, start: float, stop: float, rtl: bool) -> QRectF:
        width = inner.width()
        left = inner.left() + width * (1 - stop) if rtl else inner.left() + width * start
        return QRectF(left, inner.top(), width * (stop - start), inner.height())
