"""A pad to sign or make a mark on, with a finger, a pen or the mouse.

It keeps what was drawn as strokes of points (the core renders them to an image only when the
consent is stored) and paints them as they come.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from testimony_recorder.recorder.consent.signature import MAX_POINTS, Signature

Stroke = list[tuple[float, float]]


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(480, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        # Signatures are drawn as drawn: mirroring the pad in right-to-left layouts would
        # flip nothing useful and confuse the hand.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    # -- data ----------------------------------------------------------------------------------

    def signature(self) -> Signature:
        return Signature.of(self._strokes, max(1, self.width()), max(1, self.height()))

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    # -- drawing -------------------------------------------------------------------------------

    def _begin(self, pos: QPointF) -> None:
        if sum(len(s) for s in self._strokes) >= MAX_POINTS:
            return
        self._drawing = True
        self._strokes.append([(pos.x(), pos.y())])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        if sum(len(s) for s in self._strokes) >= MAX_POINTS:
            self._end()
            return
        self._strokes[-1].append((pos.x(), pos.y()))
        self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            pos = event.points()[0].position()
            if event.type() == QEvent.Type.TouchBegin:
                self._begin(pos)
            elif event.type() == QEvent.Type.TouchUpdate:
                self._extend(pos)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#9aa4ab"), 2, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        baseline = int(self.height() * 0.75)
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.setPen(QPen(QColor("#111111"), 4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(QPointF(*stroke[0]))
                continue
            path = QPainterPath(QPointF(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(x, y)
            painter.drawPath(path)
