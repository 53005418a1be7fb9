"""The Incidents and Persons sections of the interview editor, on the documented example
interview (docs/examples/interview.json, which the demo vault holds)."""

from __future__ import annotations

from pathlib import Path

from .common import close, demo_app, save, settle

EXAMPLE_STARTED = "2024-03-01T09:30:00Z"


def capture(outdir: Path, language: str) -> None:
    app = demo_app(language)
    window = app.window
    space = window.workspace
    assert space is not None
    rows = space.list.model.rows
    space.open_interview(next(r.id for r in rows if r.started_at == EXAMPLE_STARTED))
    settle()
    editor, incidents, persons = space.editor, space.incidents, space.persons

    editor.tabs.setCurrentWidget(incidents)
    incidents.picker.list.setCurrentItem(incidents.picker.list.topLevelItem(1))  # with roles
    save(window, outdir, "20-incidents")
    form = incidents.form
    scroll_to(form.involved)
    save(window, outdir, "21-incident-who-was-involved")
    form.place.latitude.setText("91")
    form.place._check()  # shown as it is while typing, never saved
    form.date.end.year.setText("2012")
    form.date._show_reading()
    scroll_to(form.date)
    save(window, outdir, "22-incident-problems")
    form.autosaver.discard()

    editor.tabs.setCurrentWidget(persons)
    persons.picker.list.setCurrentRow(1)
    save(window, outdir, "23-persons")
    persons.links.superior.setCurrentIndex(0)
    persons.links.subordinate.setCurrentIndex(0)
    persons.links.add()
    scroll_to(persons.links)
    save(window, outdir, "24-persons-self-link-refused")
    close(app)


def scroll_to(widget: object) -> None:
    """Bring a part of a long form into view, as a person scrolling would."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    assert isinstance(widget, QWidget)
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 0)
    settle()
