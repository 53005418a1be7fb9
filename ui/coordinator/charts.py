"""Bar charts drawn with QPainter: on screen, into a PNG and into an SVG with the same code.

Qt Charts is deprecated from Qt 6.10, and a chart of counts needs little: bars, labels, the
numbers. `paint()` draws one chart into any paint device, so the widget, QImage (PNG) and
QSvgGenerator (SVG) show exactly the same picture. Categories (violation types, governorates,
units) are horizontal bars, longest first as the table orders them; months are columns in time
order. Rows that are not values (a date known only to the year, "not recorded") are drawn
lighter and the chart says why. Right to left, the picture mirrors: labels on the right, bars
growing leftwards; text is shaped by Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..widgets.picture_export import png_bytes, svg_bytes

BAR = QColor("#2f6690")
MUTED = QColor("#9db4c8")
TEXT = QColor("#1f2933")
GRID = QColor("#d9e2ec")
# Horizontal charts show this many bars; the table beside them has every row.
MAX_BARS = 25
MARGIN = 12.0
# The widest a month's column gets, so a few months do not become slabs.
MAX_COLUMN = 48.0


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    # The value as the reader's language writes numbers.
    number: str
    # Drawn lighter: not a value of its own (year only, not recorded, no date).
    muted: bool = False


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]
    # Columns in order (months) rather than horizontal bars (categories).
    columns: bool = False
    # One line under the chart (what the lighter bars mean, how many rows are not drawn).
    note: str = ""


def _shown(chart: Chart) -> tuple[Bar, ...]:
    return chart.bars if chart.columns else chart.bars[:MAX_BARS]


def preferred_size(chart: Chart, font: QFont) -> QSize:
    line = QFontMetricsF(font).height()
    count = max(1, len(_shown(chart)))
    if chart.columns:
        return QSize(int(max(480, count * 14 + 120)), int(line * 14 + 3 * MARGIN))
    return QSize(640, int((count + 3) * line * 1.5 + 2 * MARGIN))


def paint(painter: QPainter, area: QRectF, chart: Chart, font: QFont, *, rtl: bool) -> None:
    """Draw `chart` inside `area`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    inner = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(TEXT)
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                     Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, chart.title)
    painter.setFont(font)
    body = inner.adjusted(0, line * 1.5, 0, -(line * 1.5 if chart.note else 0))
    if chart.columns:
        _columns(painter, body, _shown(chart), metrics, rtl)
    else:
        _bars(painter, body, _shown(chart), metrics, rtl)
    if chart.note:
        painter.setPen(TEXT)
        painter.drawText(QRectF(inner.left(), inner.bottom() - line, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                         chart.note)
    painter.restore()


def _bars(painter: QPainter, body: QRectF, bars: tuple[Bar, ...], metrics: QFontMetricsF,
          rtl: bool) -> None:
    if not bars:
        return
    top = max(b.value for b in bars) or 1
    step = body.height() / len(bars)
    label_w = min(body.width() * 0.38, max(metrics.horizontalAdvance(b.label) for b in bars)
                  + 8)
    number_w = max(metrics.horizontalAdvance(b.number) for b in bars) + 8
    plot_w = max(10.0, body.width() - label_w - number_w)
    for n, bar in enumerate(bars):
        y = body.top() + n * step
        height = max(2.0, min(step * 0.7, metrics.height() * 1.1))
        width = plot_w * bar.value / top
        if rtl:
            label_rect = QRectF(body.right() - label_w, y, label_w - 6, step)
            bar_rect = QRectF(body.right() - label_w - width, y + (step - height) / 2,
                              width, height)
            number_rect = QRectF(bar_rect.left() - number_w, y, number_w - 4, step)
        else:
            label_rect = QRectF(body.left(), y, label_w - 6, step)
            bar_rect = QRectF(body.left() + label_w, y + (step - height) / 2, width, height)
            number_rect = QRectF(bar_rect.right() + 4, y, number_w, step)
        painter.setPen(TEXT)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignTrailing
                         | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                            label_rect.width()))
        painter.fillRect(bar_rect, MUTED if bar.muted else BAR)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeading
                         | Qt.AlignmentFlag.AlignVCenter, bar.number)


def _columns(painter: QPainter, body: QRectF, bars: tuple[Bar, ...], metrics: QFontMetricsF,
             rtl: bool) -> None:
    if not bars:
        return
    highest = max(bars, key=lambda b: b.value)
    top = highest.value or 1
    label_h = max(metrics.horizontalAdvance(b.label) for b in bars) + 6
    axis_w = metrics.horizontalAdvance(highest.number) + 8
    plot = body.adjusted(0 if rtl else axis_w, 0, -axis_w if rtl else 0, -label_h)
    step = min(plot.width() / len(bars), MAX_COLUMN)
    painter.setPen(GRID)
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                   plot.bottom()))
    painter.setPen(TEXT)
    axis = QRectF(plot.right() + 4 if rtl else body.left(), plot.top(), axis_w - 4,
                  metrics.height())
    painter.drawText(axis, Qt.AlignmentFlag.AlignLeading, highest.number)
    every = max(1, int(metrics.height() * 1.2 // max(step, 1)) + 1)
    for n, bar in enumerate(bars):
        x = plot.right() - (n + 1) * step if rtl else plot.left() + n * step
        height = plot.height() * bar.value / top
        painter.fillRect(QRectF(x + step * 0.15, plot.bottom() - height, step * 0.7, height),
                         MUTED if bar.muted else BAR)
        if n % every == 0 or bar.muted:
            painter.save()
            painter.translate(x + step / 2 + metrics.ascent() / 2, plot.bottom() + 4)
            painter.rotate(90)
            painter.drawText(QRectF(0, 0, label_h, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.label)
            painter.restore()


def to_image(chart: Chart, font: QFont, *, rtl: bool) -> QImage:
    size = preferred_size(chart, font)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, size.width(), size.height()), chart, font, rtl=rtl)
    painter.end()
    return image


def png_data(chart: Chart, font: QFont, *, rtl: bool) -> bytes:
    return png_bytes(to_image(chart, font, rtl=rtl))


def svg_data(chart: Chart, font: QFont, *, rtl: bool) -> bytes:
    size = preferred_size(chart, font)

    def draw(painter: QPainter) -> None:
        paint(painter, QRectF(0, 0, size.width(), size.height()), chart, font, rtl=rtl)

    return svg_bytes(size, chart.title, draw)


class ChartWidget(QWidget):
    """Shows one chart at the size it asks for (the view scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = Chart("", ())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.setMinimumHeight(preferred_size(chart, self.font()).height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return preferred_size(self.chart, self.font())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        # Drawn at the height it asks for, at the top: a short chart is not stretched.
        height = min(self.height(), preferred_size(self.chart, self.font()).height())
        paint(painter, QRectF(0, 0, self.width(), height), self.chart, self.font(),
              rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        painter.end()
