"""The chain of command drawn in a QGraphicsScene: a box per person or unit, an arrow per
link with its support count, laid out in layers by command depth (units on top, then each
commander above those they command), a layer too wide to read wrapping onto further rows.
A layered layout of our own is enough for graphs of this size and keeps Graphviz and
networkx out of the build."""

from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from testimony_recorder.recorder.archive import chain, merges
from testimony_recorder.recorder.archive.chain import CommandGraph, Link, Node

from .. import formatting

NODE_W, NODE_H, GAP_X, GAP_Y = 180.0, 44.0, 50.0, 110.0


def layers(graph: CommandGraph) -> dict[str, int]:
    """Each node's layer: units 0, persons 1 + the length of the longest chain of command
    above them (cycles, which testimonies can describe, are cut where first met)."""
    above: dict[str, list[str]] = defaultdict(list)
    for link in graph.links:
        if link.kind == chain.COMMAND:
            above[link.target].append(link.source)
    depth: dict[str, int] = {}

    def walk(node: str, seen: frozenset[str]) -> int:
        if node not in depth:
            parents = [p for p in above[node] if p not in seen]
            depth[node] = 1 + max((walk(p, seen | {node}) for p in parents), default=-1)
        return depth[node]

    return {n.id: 0 if n.kind == merges.UNIT else 1 + walk(n.id, frozenset())
            for n in graph.nodes}


class NodeItem(QGraphicsRectItem):
    def __init__(self, node: Node, x: float, y: float) -> None:
        super().__init__(0, 0, NODE_W, NODE_H)
        self.node = node
        self.setPos(x, y)
        unit = node.kind == merges.UNIT
        self.setBrush(QBrush(QColor("#dbe7f5" if unit else "#fdf3dc")))
        self.setPen(QPen(QColor("#3b5b7a" if unit else "#8a6d2b"), 1.5))
        label = QGraphicsSimpleTextItem(node.label, self)  # plain text: names from packets
        rect = label.boundingRect()
        scale = min(1.0, (NODE_W - 12) / max(rect.width(), 1))
        label.setScale(scale)
        label.setPos((NODE_W - rect.width() * scale) / 2, (NODE_H - rect.height() * scale) / 2)
        self.setToolTip(formatting.joined(node.labels))

    def anchor(self) -> QPointF:
        return self.pos() + QPointF(NODE_W / 2, NODE_H / 2)


class LinkItem(QGraphicsPathItem):
    """An arrow from source to target; selectable, to list the testimonies behind it."""

    def __init__(self, link: Link, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.link = link
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        command = link.kind == chain.COMMAND
        width = 1.5 + min(link.corroboration.witnesses, 5)
        pen = QPen(QColor("#7a2b2b" if command else "#6b7b8c"), width)
        if not command:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        line = QLineF(source.anchor(), target.anchor())
        start = _edge(source, line.p1(), line.p2())
        end = _edge(target, line.p2(), line.p1())
        path = QPainterPath(start)
        control = (start + end) / 2
        if not command:
            # Membership links bend aside, so that a member two layers below its unit does
            # not draw over the command links between them.
            length = max(math.hypot(end.x() - start.x(), end.y() - start.y()), 1.0)
            bend = 0.3 * length
            control += QPointF(-(end.y() - start.y()) / length * bend,
                               (end.x() - start.x()) / length * bend)
        path.quadTo(control, end)
        angle = math.atan2(end.y() - control.y(), end.x() - control.x())
        head = QPolygonF([end, end - QPointF(math.cos(angle - 0.4) * 12,
                                             math.sin(angle - 0.4) * 12),
                          end - QPointF(math.cos(angle + 0.4) * 12,
                                        math.sin(angle + 0.4) * 12), end])
        path.addPolygon(head)
        self.setPath(path)
        count = QGraphicsSimpleTextItem(
            formatting.number(link.corroboration.testimonies, formatting.ui_language()), self)
        count.setPos(path.pointAtPercent(0.45) + QPointF(6, -18))
        count.setBrush(QBrush(QColor("#000000")))
        self.setToolTip(formatting.joined(link.relations))

    def shape(self) -> QPainterPath:
        """A wider band than the line itself, so a click near the arrow selects it."""
        wide = QPainterPathStroker()
        wide.setWidth(12)
        return wide.createStroke(self.path())


def _edge(item: NodeItem, inside: QPointF, outside: QPointF) -> QPointF:
    """Where the line from the box's centre towards `outside` leaves the box."""
    rect = QRectF(item.pos(), item.rect().size())
    dx, dy = outside.x() - inside.x(), outside.y() - inside.y()
    if dx == 0 and dy == 0:
        return inside
    scale = min(abs(NODE_W / 2 / dx) if dx else math.inf, abs(NODE_H / 2 / dy) if dy else
                math.inf)
    point = QPointF(inside.x() + dx * scale, inside.y() + dy * scale)
    return point if rect.adjusted(-1, -1, 1, 1).contains(point) else inside


def across(graph: CommandGraph) -> int:
    """How many boxes a row holds at most: a layer with more wraps onto further rows, so that
    a large graph is drawn about as wide as it is tall, and still readable when fitted to
    the view, instead of one row too long to read."""
    return max(6, math.ceil(math.sqrt(len(graph.nodes))))


def draw(scene: QGraphicsScene, graph: CommandGraph, *, right_to_left: bool = False) -> dict[
        str, NodeItem]:
    """Lay the graph out in `scene` (cleared first); the node items by id."""
    scene.clear()
    by_layer: dict[int, list[Node]] = defaultdict(list)
    depth = layers(graph)
    for node in graph.nodes:
        by_layer[depth[node.id]].append(node)
    items: dict[str, NodeItem] = {}
    most = across(graph)
    widest = min(max((len(v) for v in by_layer.values()), default=0), most)
    near: dict[str, list[str]] = defaultdict(list)
    for link in graph.links:
        near[link.source].append(link.target)
        near[link.target].append(link.source)
    placed: dict[str, float] = {}
    row = 0
    for layer in sorted(by_layer):
        # Each node under the mean place of its neighbours already placed (the barycentre
        # heuristic), which keeps most links from crossing.
        def where(n: Node) -> tuple[float, str]:
            known = [placed[x] for x in near[n.id] if x in placed]
            return (sum(known) / len(known) if known else math.inf, n.label)

        ordered = sorted(by_layer[layer], key=where)
        for start in range(0, len(ordered), most):
            nodes = ordered[start:start + most]
            # A wrapped row is shifted half a box, so that links from the rows above pass
            # between the boxes of the row in front of it rather than behind them.
            offset = (widest - len(nodes) + (1 if start // most % 2 else 0)) \
                * (NODE_W + GAP_X) / 2
            for col, node in enumerate(nodes):
                x = offset + col * (NODE_W + GAP_X)
                if right_to_left:
                    x = (widest - 1) * (NODE_W + GAP_X) - x
                placed[node.id] = offset / (NODE_W + GAP_X) + col
                items[node.id] = NodeItem(node, x, row * (NODE_H + GAP_Y))
                scene.addItem(items[node.id])
            row += 1
    for link in graph.links:
        if link.source in items and link.target in items:
            edge = LinkItem(link, items[link.source], items[link.target])
            edge.setZValue(-1)
            scene.addItem(edge)
    return items
