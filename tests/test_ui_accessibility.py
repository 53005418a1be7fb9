"""Every control a person can reach has a name a screen reader can say, and Tab reaches the
controls without a mouse."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from testimony_recorder.ui.app import App

from .test_ui_app import create_vault
from .ui_helpers import app  # noqa: F401 - fixture

CONTROLS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
            QAbstractItemView)


def unnamed(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(),
                                                         QAbstractSpinBox | QComboBox):
            continue  # parts of a bigger control: a view's header, a spin box's line edit
        named = widget.accessibleName() or id(widget) in labelled or (
            isinstance(widget, QAbstractButton) and (widget.text() or widget.toolTip()))
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parent()).__name__}")
    return missing


def test_every_control_of_every_editor_tab_is_named(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    qtbot.waitUntil(lambda: workspace.editor.data is not None, timeout=30_000)
    tabs = workspace.editor.tabs
    problems = set(unnamed(app.window))
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)
        problems |= set(unnamed(app.window))
    assert not sorted(problems)


def test_first_run_and_unlock_are_named(app: App) -> None:  # noqa: F811
    assert unnamed(app.window) == []
    app.window.stack.setCurrentWidget(app.window.unlock_page)
    assert unnamed(app.window) == []


def test_tab_walks_the_first_run_form(app: App, qtbot: QtBot) -> None:  # noqa: F811
    page = app.window.first_run
    page.owner.setFocus()
    qtbot.keyClicks(page.owner, "Interviewer 7")
    seen = set()
    for _ in range(6):
        qtbot.keyPress(app.window.focusWidget(), "\t")
        seen.add(app.window.focusWidget())
    assert page.welcome_next in seen
