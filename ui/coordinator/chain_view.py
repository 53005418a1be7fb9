"""The chain of command as a graph: persons and units with their command links, each link
showing how many testimonies support it. Drag to pan, the wheel (or Ctrl and +/-) to zoom,
Ctrl+0 to see it whole again; filter by unit and by incident date; click a link to list the
testimonies behind it; export what is drawn as SVG or PNG."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.archive import chain, listing
from testimony_recorder.recorder.archive.chain import CommandGraph, Link
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.fsutil import atomic_write
from testimony_recorder.recorder.vault import Vault

from .. import formatting, shortcuts
from ..i18n import isolate
from ..messages import show_error
from ..session import Session
from ..tasks import Job
from ..widgets.file_dialogs import save_file
from ..widgets.picture_export import png_bytes, svg_bytes
from .batch_report_text import number
from .counts import Counts
from .graph_items import LinkItem, NodeItem, draw

ZOOM = 1.2
MARGIN = 20.0
# How many links are drawn at most (the best-supported): a large archive's hundreds of
# thousands would take minutes to lay out and make one unreadable knot.
MOST_DRAWN = 300


@dataclass(frozen=True)
class Drawn:
    graph: CommandGraph
    # Witness codes of the testimonies behind the links.
    codes: dict[str, str]


class GraphView(QGraphicsView):
    """Pan with a drag, zoom with the wheel or Ctrl and +/-; Ctrl+0 shows the whole graph.

    A graph is first shown whole, and stays so as the window is resized, until the person
    zooms: a large one shrinks to fit, a small one keeps its size (never enlarged past it)."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fitted = True
        shortcuts.attach(self, "zoom_in", lambda: self.zoom(ZOOM))
        shortcuts.attach(self, "zoom_out", lambda: self.zoom(1 / ZOOM))
        shortcuts.attach(self, "whole_graph", self.fit)

    def zoom(self, factor: float) -> None:
        self.fitted = False
        self.scale(factor, factor)

    def fit(self) -> None:
        """The whole scene in view, at most at its own size, the same scale both ways."""
        self.fitted = True
        area, room = self.sceneRect(), self.viewport().rect()
        self.resetTransform()
        if area.isEmpty() or room.isEmpty():
            return
        factor = min(1.0, room.width() / area.width(), room.height() / area.height())
        self.scale(factor, factor)
        self.centerOn(area.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(ZOOM if event.angleDelta().y() > 0 else 1 / ZOOM)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl and = zooms in too: the + of Ctrl++ needs Shift on many keyboards."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and \
                event.key() == Qt.Key.Key_Equal:
            self.zoom(ZOOM)
            return
        super().keyPressEvent(event)


class ChainView(QWidget):
    # The graph was drawn (numbers of nodes and links).
    drawn = Signal(int, int)
    # A link was chosen and its testimonies listed.
    link_chosen = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.current = Drawn(CommandGraph((), (), 0), {})
        self.nodes: dict[str, NodeItem] = {}
        self.unit = self._line(self.tr("Unit"))
        self.date_from = self._line(self.tr("Incidents from"))
        self.date_to = self._line(self.tr("Incidents to"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.clicked.connect(self.refresh)
        self.svg_button = QPushButton(self.tr("Export &SVG..."), self)
        self.png_button = QPushButton(self.tr("Export &PNG..."), self)
        self.svg_button.clicked.connect(lambda: self._export("svg"))
        self.png_button.clicked.connect(lambda: self._export("png"))
        bar = QHBoxLayout()
        for text, edit in ((self.tr("Unit"), self.unit), (self.tr("From"), self.date_from),
                           (self.tr("To"), self.date_to)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        bar.addWidget(self.apply_button)
        bar.addStretch(1)
        bar.addWidget(self.svg_button)
        bar.addWidget(self.png_button)
        self.scene = QGraphicsScene(self)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view = GraphView(self.scene, self)
        self.view.setAccessibleName(self.tr("Chain of command graph"))
        self.supports = QListWidget(self)
        self.supports.setAccessibleName(self.tr("Testimonies supporting the chosen link"))
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        # How to read the drawing: line styles alone would not say it, nor reach a screen reader.
        self.legend = QLabel(self.tr(
            "A solid arrow: commanded. A dashed arrow: member of a unit. The number on an "
            "arrow: how many testimonies say so; the thicker the arrow, the more witnesses."),
            self)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.supports)
        splitter.setSizes([700, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        self.refresh()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        edit.returnPressed.connect(self.refresh)
        return edit

    # -- drawing -------------------------------------------------------------------------
    def refresh(self) -> None:
        unit = self.unit.text().strip() or None
        low = self.date_from.text().strip() or None
        high = self.date_to.text().strip() or None

        def work(vault: Vault, job: Job) -> Drawn:
            graph = chain.build(vault.conn, unit=unit, date_from=low, date_to=high,
                                limit=MOST_DRAWN)
            ids = tuple(sorted({s.interview_id for k in graph.links for s in k.supports}))
            rows = listing.page(vault.conn, ArchiveFilter(interview_ids=ids,
                                                          include_withdrawn=True),
                                limit=max(1, len(ids)))
            return Drawn(graph, {r.interview_id: r.witness_code for r in rows})

        self._say(self.tr("Reading the chain of command..."))
        self.session.runner.run(work, owner=self, done=self._draw, failed=self._failed)

    def _say(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def _draw(self, drawn: Drawn) -> None:
        self.current = drawn
        self.supports.clear()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.nodes = draw(self.scene, drawn.graph, right_to_left=rtl)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(
            -MARGIN, -MARGIN, MARGIN, MARGIN))
        self.view.fit()
        if not drawn.graph.nodes:
            self._say(self.tr("No command links in the archive for this choice."))
        elif drawn.graph.total > len(drawn.graph.links):
            self._say(self.tr("Showing the %1 best-supported links of %2. Choose a unit or "
                              "dates to see the others.")
                      .replace("%1", number(len(drawn.graph.links)))
                      .replace("%2", number(drawn.graph.total)))
        else:
            self._say("")
        self.drawn.emit(len(drawn.graph.nodes), len(drawn.graph.links))

    def link_items(self) -> list[LinkItem]:
        return [i for i in self.scene.items() if isinstance(i, LinkItem)]

    def _selection_changed(self) -> None:
        chosen = [i for i in self.scene.selectedItems() if isinstance(i, LinkItem)]
        if chosen:
            self.show_link(chosen[0].link)

    def show_link(self, link: Link) -> None:
        names = {n.id: n.label for n in self.current.graph.nodes}
        self.supports.clear()
        title = (self.tr("%1 commanded %2") if link.kind == chain.COMMAND
                 else self.tr("%1 in %2")).replace(
            "%1", isolate(names.get(link.source, ""))).replace(
            "%2", isolate(names.get(link.target, "")))
        self.supports.addItem(title)
        self.supports.addItem(Counts(self).corroboration(link.corroboration))
        for s in link.supports:
            code = self.current.codes.get(s.interview_id, s.interview_id[:8])
            details = formatting.joined(x for x in (s.period, s.basis) if x)
            self.supports.addItem(self.tr("Witness %1").replace("%1", isolate(code))
                                  + (": " + details if details else ""))
        self.link_chosen.emit(link)

    # -- export --------------------------------------------------------------------------
    def _export(self, kind: str) -> None:
        if kind == "svg":
            chosen = save_file(self, self.tr("Export as SVG"), "chain-of-command.svg",
                               self.tr("SVG images (*.svg)"))
        else:
            chosen = save_file(self, self.tr("Export as PNG"), "chain-of-command.png",
                               self.tr("PNG images (*.png)"))
        if not chosen:
            return
        try:
            (self.export_svg if kind == "svg" else self.export_png)(Path(chosen))
        except RecorderError as error:
            show_error(self, error)

    def export_svg(self, path: Path) -> None:
        """Write what is drawn, with its legend, as SVG, atomically (raises CannotWrite or
        DiskFull)."""
        width, height = self._picture_size()
        atomic_write(path, svg_bytes(QSize(int(width), int(height)),
                                     self.tr("Chain of command"),
                                     lambda painter: self._paint(painter, 1.0)))

    def export_png(self, path: Path) -> None:
        """Write what is drawn, with its legend, as PNG at twice its size, atomically (raises
        CannotWrite or DiskFull)."""
        width, height = self._picture_size()
        image = QImage(QSize(int(width * 2), int(height * 2)), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, 2.0)
        painter.end()
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        atomic_write(path, png_bytes(image))

    def _legend_rect(self) -> QRectF:
        """Where the legend goes in an exported picture: under the graph, wrapped to its
        width, so the picture says how to read it away from the app."""
        area = self.scene.sceneRect()
        width = max(area.width() - 2 * MARGIN, 200.0)
        flags = Qt.TextFlag.TextWordWrap
        text = QFontMetricsF(self.font()).boundingRect(QRectF(0, 0, width, 1e6), flags,
                                                       self.legend.text())
        return QRectF(MARGIN, area.height(), width, text.height() + MARGIN)

    def _picture_size(self) -> tuple[float, float]:
        area, legend = self.scene.sceneRect(), self._legend_rect()
        return max(area.width(), legend.right() + MARGIN), area.height() + legend.height()

    def _paint(self, painter: QPainter, scale: float) -> None:
        area = self.scene.sceneRect()
        self.scene.render(painter, QRectF(0, 0, area.width() * scale, area.height() * scale),
                          area)
        painter.save()
        painter.scale(scale, scale)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setFont(self.font())
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(self._legend_rect(), int(Qt.TextFlag.TextWordWrap)
                         | int(Qt.AlignmentFlag.AlignLeft), self.legend.text())
        painter.restore()

    def _failed(self, error: BaseException) -> None:
        self._say("")
        show_error(self, error)
