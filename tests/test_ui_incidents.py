"""The Incidents and Persons sections driven as a person would, on a real vault, with what was
stored checked in the vault itself (through the core, or by reopening it after locking)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, unlock, vocabulary
from testimony_recorder.recorder.model.incident import FuzzyDate, Incident
from testimony_recorder.recorder.model.person import CommandLink, Involvement, Person
from testimony_recorder.recorder.store import parts
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.app import App
from testimony_recorder.ui.editor.incidents_section import IncidentsSection
from testimony_recorder.ui.editor.persons_section import PersonsSection
from testimony_recorder.ui.i18n import FSI, PDI
from testimony_recorder.ui.workspace import Workspace

from .conftest import PASSPHRASE
from .test_ui_app import create_vault
from .ui_helpers import app  # noqa: F401 - the fixture

# -- driving helpers -----------------------------------------------------------------------------


def choose(combo: QComboBox, data: Any) -> None:
    """Pick the entry holding `data`, as a person choosing from the list would."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def tick(section: IncidentsSection, code: str, qtbot: QtBot) -> None:
    """Tick a violation type with the keyboard: move to it, press Space."""
    view = section.form.violations.list
    row = next(r for r in range(view.count()) if view.item(r).data(Qt.ItemDataRole.UserRole)
               == code)
    view.setFocus()
    view.setCurrentRow(row)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.item(row).checkState() == Qt.CheckState.Checked


def type_text(widget: QWidget, text: str) -> None:
    """Type any characters, as a keyboard layout or input method delivers them (QTest only
    knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def query(app: App, qtbot: QtBot, fn: Callable[[Vault], Any]) -> Any:  # noqa: F811
    """Ask the core on the vault's own thread, after every change queued before."""
    box: dict[str, Any] = {}
    app.session.runner.run(lambda vault, job: fn(vault), owner=app.session,
                           done=lambda r: box.setdefault("r", r),
                           failed=lambda e: box.setdefault("e", e))
    qtbot.waitUntil(lambda: bool(box), timeout=30_000)
    if "e" in box:
        raise box["e"]
    return box["r"]


@pytest.fixture
def space(app: App, qtbot: QtBot) -> Iterator[Workspace]:  # noqa: F811
    """A new vault with one new interview open in the editor."""
    create_vault(app, qtbot)
    workspace = app.window.workspace
    assert workspace is not None
    workspace.new_interview()
    qtbot.waitUntil(lambda: workspace.editor.data is not None and bool(
        workspace.parts.interview_id), timeout=30_000)
    yield workspace


def add_incident(space: Workspace, qtbot: QtBot, title: str) -> IncidentsSection:
    section = space.incidents
    space.editor.tabs.setCurrentWidget(section)
    before = section.picker.list.topLevelItemCount()
    qtbot.keyClicks(section.picker.entry, title)
    qtbot.keyClick(section.picker.entry, Qt.Key.Key_Return)  # Enter adds
    qtbot.waitUntil(lambda: section.picker.list.topLevelItemCount() == before + 1
                    and section.form.incident is not None
                    and section.form.incident.title == title, timeout=30_000)
    return section


def add_person(space: Workspace, qtbot: QtBot, name: str) -> PersonsSection:
    section = space.persons
    space.editor.tabs.setCurrentWidget(section)
    before = section.picker.list.count()
    qtbot.keyClicks(section.picker.entry, name)
    qtbot.keyClick(section.picker.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.picker.list.count() == before + 1 and section.form.person
                    is not None and section.form.person.name == name, timeout=30_000)
    return section


def person_id(space: Workspace, name: str) -> str:
    return next(p.id for p in space.parts.data.persons if p.name == name)


def lock_and_open(app: App, qtbot: QtBot) -> Vault:  # noqa: F811
    with qtbot.waitSignal(app.session.locked, timeout=30_000):
        app.window.lock()
    return unlock.unlock(app.session.path, PASSPHRASE).vault


# -- the whole flow ------------------------------------------------------------------------------


def test_incident_persons_roles_and_links_reach_the_vault(app: App, qtbot: QtBot,  # noqa: F811
                                                          space: Workspace,
                                                          monkeypatch) -> None:
    interview_id = space.parts.interview_id
    section = add_incident(space, qtbot, "Raid on the bakery")
    form = section.form
    tick(section, "arbitrary_arrest", qtbot)
    tick(section, "torture", qtbot)
    choose(form.date.precision, "month")
    assert not form.date.start.day.isVisible()  # a month date asks no day
    choose(form.date.start.month, 4)
    qtbot.keyClicks(form.date.start.year, "2013")
    assert plain(form.date.reading.text()) == "Reads: Apr 2013"
    qtbot.keyClicks(form.place.name, "Bakery on the main square")
    choose(form.place.area, "SY-HL")
    qtbot.keyClicks(form.place.latitude, "36.2")
    qtbot.keyClicks(form.place.longitude, "37.15")
    form.place.precision.setValue(500)
    qtbot.keyClicks(form.description, "Soldiers took the bakers at dawn.")
    assert not form.place.problem.isVisible()
    qtbot.waitUntil(lambda: form.status.text() == "Saved", timeout=30_000)

    add_person(space, qtbot, "Colonel Example")
    add_person(space, qtbot, "Private Example")
    space.editor.tabs.setCurrentWidget(section)
    involved = form.involved
    for role in ("ordered", "commanded_unit"):
        involved.person.setEditText("Colonel Example")
        choose(involved.role, role)
        qtbot.mouseClick(involved.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda r=role: any(v.role == r for v in space.parts.data.involvements),
                        timeout=30_000)
    # a name nobody has yet adds that person, with the role, in one step
    involved.person.setEditText("Unknown driver")
    choose(involved.role, "present")
    qtbot.keyClick(involved.notes, Qt.Key.Key_Return)  # Enter adds
    qtbot.waitUntil(lambda: involved.table.rowCount() == 3, timeout=30_000)
    assert {plain(involved.table.item(r, 0).text()) for r in range(3)} == {
        "Colonel Example", "Unknown driver"}

    persons = space.persons
    space.editor.tabs.setCurrentWidget(persons)
    links = persons.links
    choose(links.superior, person_id(space, "Colonel Example"))
    choose(links.subordinate, person_id(space, "Private Example"))
    links.relation.setEditText("gave orders to")
    qtbot.keyClicks(links.period, "April 2013")
    qtbot.keyClicks(links.basis, "The witness heard the orders")
    qtbot.keyClick(links.basis, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: links.list.count() == 1, timeout=30_000)
    assert plain(links.list.item(0).text()).splitlines()[0] == (
        "Colonel Example gave orders to Private Example (April 2013)")

    # gender and age group (counted for victims), saved as soon as they are chosen
    persons.picker.select(person_id(space, "Private Example"))
    choose(persons.form.gender, "male")
    choose(persons.form.age, "18-29")
    qtbot.waitUntil(lambda: any(p.gender == "male" and p.age_range == "18-29"
                                for p in space.parts.data.persons), timeout=30_000)

    # remove one person, after confirming
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    persons.picker.select(person_id(space, "Unknown driver"))
    qtbot.mouseClick(persons.picker.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: persons.picker.list.count() == 2, timeout=30_000)
    qtbot.waitUntil(lambda: involved.table.rowCount() == 2, timeout=30_000)  # roles went too

    # while the app is open, the core already holds it all
    stored = query(app, qtbot, lambda v: parts.list_for(v.conn, Incident, interview_id))
    assert [i.title for i in stored] == ["Raid on the bakery"]

    vault = lock_and_open(app, qtbot)
    with vault:
        conn = vault.conn
        (incident,) = parts.list_for(conn, Incident, interview_id)
        assert incident.title == "Raid on the bakery"
        assert sorted(incident.violations) == ["arbitrary_arrest", "torture"]
        assert incident.date == FuzzyDate("month", "2013-04", None)
        assert incident.place is not None
        assert (incident.place.name, incident.place.area) == ("Bakery on the main square",
                                                              "SY-HL")
        assert (incident.place.latitude, incident.place.longitude) == (36.2, 37.15)
        assert incident.place.precision_m == 500
        assert incident.description == "Soldiers took the bakers at dawn."
        people = {p.name: p for p in parts.list_for(conn, Person, interview_id)}
        assert set(people) == {"Colonel Example", "Private Example"}
        roles = {(v.person_id, v.role) for v in parts.list_for(conn, Involvement, interview_id)}
        colonel, private = people["Colonel Example"].id, people["Private Example"].id
        assert (people["Private Example"].gender, people["Private Example"].age_range) == (
            "male", "18-29")
        assert people["Colonel Example"].gender is None
        assert roles == {(colonel, "ordered"), (colonel, "commanded_unit")}
        (link,) = parts.list_for(conn, CommandLink, interview_id)
        assert (link.superior_id, link.subordinate_id) == (colonel, private)
        assert (link.relation, link.period, link.basis) == (
            "gave orders to", "April 2013", "The witness heard the orders")
        actions = [e.action for e in custody.entries(conn, interview_id)]
        for action in ("incident_created", "incident_updated", "person_created",
                       "involvement_created", "command_link_created", "person_deleted"):
            assert action in actions
        assert custody.verify(conn).ok


def test_removing_an_incident_asks_first(app: App, qtbot: QtBot, space: Workspace,  # noqa: F811
                                         monkeypatch) -> None:
    section = add_incident(space, qtbot, "First")
    add_incident(space, qtbot, "Second")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    qtbot.mouseClick(section.picker.remove_button, Qt.MouseButton.LeftButton)  # said no
    qtbot.mouseClick(section.picker.remove_button, Qt.MouseButton.LeftButton)  # said yes
    qtbot.waitUntil(lambda: section.picker.list.topLevelItemCount() == 1, timeout=30_000)
    assert section.form.incident is not None and section.form.incident.title == "First"
    interview_id = space.parts.interview_id
    titles = query(app, qtbot, lambda v: [i.title for i in parts.list_for(
        v.conn, Incident, interview_id)])
    assert titles == ["First"]


# -- what cannot be right is said, and not stored --------------------------------------------------


def test_invalid_coordinates_are_refused_with_a_message(app: App, qtbot: QtBot,  # noqa: F811
                                                        space: Workspace) -> None:
    section = add_incident(space, qtbot, "Shelling")
    place = section.form.place
    qtbot.keyClicks(place.name, "Market")
    qtbot.keyClicks(place.latitude, "91")
    qtbot.keyClicks(place.longitude, "37")
    assert place.problem.isVisible()
    assert "latitude must be a number between -90 and 90" in place.problem.text()
    section.flush()
    qtbot.waitUntil(lambda: section.form.status.text().startswith("Saved, except"),
                    timeout=30_000)
    interview_id = space.parts.interview_id
    (stored,) = query(app, qtbot, lambda v: parts.list_for(v.conn, Incident, interview_id))
    assert stored.title == "Shelling" and stored.place is None  # nothing of the place

    place.latitude.clear()
    qtbot.keyClicks(place.latitude, "nan")  # float() would take it; a place cannot
    assert place.problem.isVisible()
    place.latitude.clear()
    type_text(place.latitude, "\u0663\u0666\u066b\u0662")  # 36.2 typed in Arabic digits
    assert not place.problem.isVisible()
    section.flush()
    qtbot.waitUntil(lambda: section.form.status.text() == "Saved", timeout=30_000)
    (stored,) = query(app, qtbot, lambda v: parts.list_for(v.conn, Incident, interview_id))
    assert stored.place is not None
    assert (stored.place.name, stored.place.latitude, stored.place.longitude) == (
        "Market", 36.2, 37.0)


def test_date_range_reads_as_words_and_must_not_run_backwards(
        app: App, qtbot: QtBot, space: Workspace) -> None:  # noqa: F811
    section = add_incident(space, qtbot, "Detention")
    date = section.form.date
    choose(date.precision, "range")
    choose(date.start.day, 10)
    choose(date.start.month, 4)
    qtbot.keyClicks(date.start.year, "2013")
    choose(date.end.month, 5)
    qtbot.keyClicks(date.end.year, "2012")
    assert date.problem.text() == "The period ends before it starts."
    date.end.year.clear()
    qtbot.keyClicks(date.end.year, "2013")
    assert plain(date.reading.text()) == "Reads: between Apr 10, 2013 and May 2013"
    section.flush()
    interview_id = space.parts.interview_id
    qtbot.waitUntil(lambda: section.form.status.text() == "Saved", timeout=30_000)
    (stored,) = query(app, qtbot, lambda v: parts.list_for(v.conn, Incident, interview_id))
    assert stored.date == FuzzyDate("range", "2013-04-10", "2013-05")
    assert plain(section.picker.list.topLevelItem(0).text(1)) == "between Apr 10, 2013 and May 2013"

    choose(date.precision, "approximate")
    assert plain(date.reading.text()) == "Reads: around Apr 10, 2013"
    choose(date.precision, "day")
    choose(date.start.day, 31)  # there is no 31 April
    assert date.problem.text() == "That month has no day 31."


def test_self_link_is_refused_in_the_form_and_by_the_core(app: App, qtbot: QtBot,  # noqa: F811
                                                          space: Workspace) -> None:
    add_person(space, qtbot, "Alone")
    links = add_person(space, qtbot, "Other").links
    alone = person_id(space, "Alone")
    choose(links.superior, alone)
    choose(links.subordinate, alone)
    qtbot.mouseClick(links.add_button, Qt.MouseButton.LeftButton)
    assert links.problem.isVisible() and "two different persons" in links.problem.text()

    # the core refuses too, and the editor shows its message (never a traceback)
    shown: list[BaseException] = []
    space.editor.failed.disconnect()
    space.editor.failed.connect(shown.append)
    space.parts.add(CommandLink(superior_id=alone, subordinate_id=alone),
                    on_error=links.failed.emit)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    from testimony_recorder.ui.messages import describe

    assert getattr(shown[0], "code", "") == "self_link"
    assert "two different persons" in describe(shown[0])
    interview_id = space.parts.interview_id
    assert query(app, qtbot, lambda v: parts.list_for(v.conn, CommandLink, interview_id)) == []


def test_a_violation_type_the_list_lacks(app: App, qtbot: QtBot, space: Workspace,  # noqa: F811
                                         monkeypatch) -> None:
    section = add_incident(space, qtbot, "Forced work on the front line")
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("  Forced   labour ", True))
    qtbot.mouseClick(section.form.violations.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "forced_labour" in section.form.violations.checked(),
                    timeout=30_000)
    qtbot.waitUntil(lambda: section.form.status.text() == "Saved", timeout=30_000)
    interview_id = space.parts.interview_id

    def stored(vault: Vault) -> tuple[list[str], list[str]]:
        (incident,) = parts.list_for(vault.conn, Incident, interview_id)
        return incident.violations, [t.label("en") for t in vocabulary.violation_terms(
            vault.conn) if t.code == "forced_labour"]

    assert query(app, qtbot, stored) == (["forced_labour"], ["Forced labour"])
    # naming it again (any case) ticks the same type rather than adding a second one
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("FORCED LABOUR", True))
    qtbot.mouseClick(section.form.violations.add_button, Qt.MouseButton.LeftButton)
    count = query(app, qtbot, lambda v: len(vocabulary.violation_terms(v.conn)))
    assert count == len(vocabulary.terms("violations")) + 1


# -- nothing typed is lost -------------------------------------------------------------------------


def test_lock_keeps_half_typed_descriptions(app: App, qtbot: QtBot,  # noqa: F811
                                            space: Workspace) -> None:
    interview_id = space.parts.interview_id
    section = add_incident(space, qtbot, "Checkpoint")
    persons = add_person(space, qtbot, "Guard")
    qtbot.keyClicks(persons.form.description, "Tall, with a scar on the")
    space.editor.tabs.setCurrentWidget(section)
    qtbot.keyClicks(section.form.description, "They stopped the bus and")
    # no pause for the autosave: locking right away must still keep both
    with qtbot.waitSignal(app.session.locked, timeout=30_000):
        qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    with unlock.unlock(app.session.path, PASSPHRASE) as vault:
        (incident,) = parts.list_for(vault.conn, Incident, interview_id)
        (person,) = parts.list_for(vault.conn, Person, interview_id)
    assert incident.description == "They stopped the bus and"
    assert person.description == "Tall, with a scar on the"


def test_switching_interview_keeps_what_was_typed(app: App, qtbot: QtBot,  # noqa: F811
                                                  space: Workspace) -> None:
    first = space.parts.interview_id
    section = add_incident(space, qtbot, "Arrest")
    qtbot.keyClicks(section.form.title, " at night")
    space.new_interview()
    qtbot.waitUntil(lambda: space.parts.interview_id not in ("", first), timeout=30_000)
    assert section.picker.list.topLevelItemCount() == 0 and not section.picker.empty.isHidden()
    titles = query(app, qtbot, lambda v: [i.title for i in parts.list_for(
        v.conn, Incident, first)])
    assert titles == ["Arrest at night"]


# -- accessibility and right-to-left ---------------------------------------------------------------


def focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root)
            and w.focusProxy() is None and type(w).__name__ not in (
                "QScrollBar", "QSplitterHandle", "QTabBar")]


def test_every_control_has_a_name(app: App, qtbot: QtBot, space: Workspace) -> None:  # noqa: F811
    add_incident(space, qtbot, "Named")
    for section in (space.incidents, space.persons):
        space.editor.tabs.setCurrentWidget(section)
        nameless = []
        for widget in focusable(section):
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            owner = widget.parentWidget()
            if not name and owner is not None and owner.accessibleName():
                name = owner.accessibleName()  # the line edit inside a spin or combo box
            if not name:
                nameless.append(f"{type(widget).__name__} {widget.objectName()}")
        assert nameless == []


def test_keyboard_alone_reaches_the_form(app: App, qtbot: QtBot,  # noqa: F811
                                         space: Workspace) -> None:
    section = add_incident(space, qtbot, "By keyboard")
    assert section.form.title.hasFocus() or app.qt.focusWidget() is section.form.title
    qtbot.keyClick(section.form.title, Qt.Key.Key_Tab)
    assert app.qt.focusWidget() is section.form.violations.list
    qtbot.keyClick(section.form.violations.list, Qt.Key.Key_Tab)
    assert app.qt.focusWidget() is section.form.violations.add_button


def test_sections_are_right_to_left_under_arabic(app: App, qtbot: QtBot,  # noqa: F811
                                                 space: Workspace) -> None:
    add_incident(space, qtbot, "RTL")
    interview_id = space.parts.interview_id
    try:
        app.change_language("ar")
        workspace = app.window.workspace
        assert workspace is not None
        workspace.open_interview(interview_id)
        qtbot.waitUntil(lambda: workspace.incidents.form.incident is not None, timeout=30_000)
        for section in (workspace.incidents, workspace.persons):
            workspace.editor.tabs.setCurrentWidget(section)
            qtbot.waitUntil(section.isVisible)
            assert section.layoutDirection() == Qt.LayoutDirection.RightToLeft
        incidents = workspace.incidents
        workspace.editor.tabs.setCurrentWidget(incidents)

        def x(widget: QWidget) -> int:
            return widget.mapTo(incidents, widget.rect().center()).x()

        # in Arabic the field for a new title is on the right and its button to its left
        assert x(incidents.picker.add_button) < x(incidents.picker.entry)
        form = incidents.form
        label = form.layout().labelForField(form.title)
        assert label is not None and x(label) > x(form.title)
        choose(form.date.precision, "day")
        start = form.date.start
        assert x(start.year) < x(start.month) < x(start.day)  # day, month, year read leftward
        # month names and dates come from babel, in Arabic
        assert form.date.start.month.itemText(4) == "\u0623\u0628\u0631\u064a\u0644"
    finally:
        app.translations.apply("en")


def test_incidents_stay_editable_after_the_testimony_is_final(app: App, qtbot: QtBot,  # noqa: F811
                                                              space: Workspace) -> None:
    from testimony_recorder.recorder.store import testimonies

    interview_id = space.parts.interview_id
    query(app, qtbot, lambda v: testimonies.save(v, interview_id, "They came at night."))
    query(app, qtbot, lambda v: testimonies.finalize(v, interview_id))
    space.editor.reload()
    qtbot.waitUntil(lambda: space.editor.testimony.narrative.isReadOnly(), timeout=30_000)
    section = add_incident(space, qtbot, "Night arrest")
    assert section.form.isEnabled()
    tick(section, "enforced_disappearance", qtbot)
    qtbot.waitUntil(lambda: section.form.status.text() == "Saved", timeout=30_000)
    entries = query(app, qtbot, lambda v: [e.action for e in custody.entries(v.conn,
                                                                            interview_id)])
    assert entries[-3:] == ["testimony_finalized", "incident_created", "incident_updated"]
