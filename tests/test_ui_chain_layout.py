"""The chain of command's drawing on a real QGraphicsScene: a layer too wide to read wraps
onto further rows, so that a large graph fitted to the view keeps readable boxes."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsScene

from testimony_recorder.recorder.archive import chain, merges
from testimony_recorder.recorder.archive.chain import CommandGraph, Link, Node
from testimony_recorder.recorder.archive.perpetrators import Corroboration
from testimony_recorder.ui.coordinator.graph_items import NODE_H, NODE_W, across, draw


def _graph(members: int) -> CommandGraph:
    """One unit and `members` persons in it, the first commanding the second."""
    unit = Node("unit-1", merges.UNIT, "Branch 0", ("Branch 0",))
    persons = [Node(f"p{n:03}", merges.PERSON, f"Person {n}", (f"Person {n}",))
               for n in range(members)]
    one = Corroboration(1, 1, 1)
    links = [Link(p.id, unit.id, chain.MEMBER_OF, (), (), one) for p in persons]
    links.append(Link(persons[0].id, persons[1].id, chain.COMMAND, ("commanded",), (), one))
    return CommandGraph((unit, *persons), tuple(links), len(links))


@pytest.mark.parametrize("right_to_left", [False, True])
def test_a_wide_layer_wraps_onto_rows(qapp: QApplication, right_to_left: bool) -> None:
    scene = QGraphicsScene()
    graph = _graph(60)
    most = across(graph)
    assert 6 <= most < 60
    items = draw(scene, graph, right_to_left=right_to_left)
    assert set(items) == {n.id for n in graph.nodes}
    rows: dict[float, int] = {}
    for item in items.values():
        rows[item.pos().y()] = rows.get(item.pos().y(), 0) + 1
    assert max(rows.values()) <= most and len(rows) >= 1 + 60 // most
    area = scene.itemsBoundingRect()
    assert area.width() < area.height() * 3  # not one long row
    # No two boxes overlap.
    boxes = [(i.pos().x(), i.pos().y()) for i in items.values()]
    for (x1, y1), (x2, y2) in itertools.combinations(boxes, 2):
        assert abs(x1 - x2) >= NODE_W or abs(y1 - y2) >= NODE_H


def test_a_small_graph_keeps_one_row_a_layer(qapp: QApplication) -> None:
    scene = QGraphicsScene()
    items = draw(scene, _graph(4))
    # The unit above; the commander, then the one he commanded, each a layer of its own;
    # the two other members beside the commander.
    assert len({i.pos().y() for i in items.values()}) == 3
    mirrored = QGraphicsScene()
    right_to_left = draw(mirrored, _graph(4), right_to_left=True)
    assert {i.pos().y() for i in right_to_left.values()} == {i.pos().y() for i in items.values()}
