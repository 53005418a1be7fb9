"""The Incidents section: the interview's incidents (title, date as it reads, violations) with
a form for the one selected. Incidents are the interviewer's coding, so they stay editable after
the testimony is finalized; every change is in the custody log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recorder.model import new_id
from recorder.model.incident import Incident
from recorder.store.overview import InterviewOverview

from ..i18n import isolate
from ..widgets.date_words import describe
from .incident_form import IncidentForm
from .interview_editor import Section
from .interview_parts import InterviewParts

ID = Qt.ItemDataRole.UserRole


class IncidentsSection(Section):
    def __init__(self, parts: InterviewParts, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.language = language

        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Incidents in this interview"))
        self.list.setHeaderLabels([self.tr("Incident"), self.tr("When"),
                                   self.tr("Violations")])
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.new_title = QLineEdit(self)
        self.new_title.setAccessibleName(self.tr("Title of a new incident"))
        self.new_title.setPlaceholderText(self.tr("New incident: title"))
        self.new_title.setMaxLength(300)
        self.add_button = QPushButton(self.tr("Add incident"), self)
        self.add_button.setAccessibleName(self.tr("Add an incident with this title"))
        self.remove_button = QPushButton(self.tr("Remove incident..."), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected incident"))
        self.empty = QLabel(self.tr("No incidents yet. Give the first one a title above and "
                                    "press Enter."), self)
        self.empty.setObjectName("subtle")
        self.empty.setWordWrap(True)
        self.form = IncidentForm(parts, language, self)
        self.form.failed.connect(self.failed)

        self.add_button.clicked.connect(self.add_incident)
        self.new_title.returnPressed.connect(self.add_incident)
        self.remove_button.clicked.connect(self.remove_incident)
        self.list.currentItemChanged.connect(self._current_changed)
        parts.loaded.connect(self._loaded)
        parts.changed.connect(self._refresh)

        adding = QHBoxLayout()
        adding.addWidget(self.new_title, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(adding)
        top_layout.addWidget(self.list, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop on the frame itself helps no one
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.empty)
        bottom_layout.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([130, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.new_title, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.list)
        self._loaded()

    # -- Section --------------------------------------------------------------------------------
    def show_overview(self, data: InterviewOverview) -> None:
        self.parts.load(data)

    def flush(self) -> None:
        self.form.flush()

    # -- showing --------------------------------------------------------------------------------
    def _loaded(self) -> None:
        self.form.show_incident(None)
        self.new_title.clear()
        self._refresh()
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def _refresh(self) -> None:
        """Show the incidents the vault holds, keeping the one selected."""
        labels = {t.code: t.label(self.language) for t in self.parts.data.violation_types}
        current = self.list.currentItem()
        current_id = current.data(0, ID) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for incident in self.parts.data.incidents:
            # Typed text is isolated so that it keeps its own direction in either layout.
            item = QTreeWidgetItem(self.list, [
                isolate(incident.title) if incident.title else self.tr("Untitled incident"),
                describe(incident.date, self.language),
                ", ".join(isolate(labels.get(code, code)) for code in incident.violations)])
            item.setData(0, ID, incident.id)
            for column in range(3):
                item.setToolTip(column, item.text(column))
            if incident.id == current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        if self.form.incident is not None and self.list.currentItem() is None:
            # The incident shown was removed: show the first one left, if any.
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)
            else:
                self.form.show_incident(None)
        self.remove_button.setEnabled(self.form.incident is not None)

    def _current_changed(self, current: QTreeWidgetItem | None, _: object = None) -> None:
        self.form.flush()
        incident = self.parts.incident(current.data(0, ID)) if current is not None else None
        self.form.show_incident(incident)
        self.remove_button.setEnabled(incident is not None)

    def select(self, incident_id: str) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, ID) == incident_id:
                self.list.setCurrentItem(item)

    # -- adding and removing --------------------------------------------------------------------
    def add_incident(self) -> None:
        if not self.parts.interview_id:
            return
        title = " ".join(self.new_title.text().split())
        incident = Incident(id=new_id(), interview_id=self.parts.interview_id, title=title)

        def done(_: object) -> None:
            self.new_title.clear()
            self.select(incident.id)
            self.form.title.setFocus()

        self.form.flush()
        self.parts.add(incident, on_done=done, on_error=self.failed.emit)

    def remove_incident(self) -> None:
        incident = self.form.incident
        if incident is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the incident?"),
            self.tr("Remove the incident %1, with the roles recorded in it? The removal is "
                    "written in the custody log.").replace(
                        "%1", isolate(incident.title or self.tr("Untitled incident"))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.form.autosaver.discard()  # nothing more to save for an incident being removed
        self.parts.remove(Incident, incident.id, on_error=self.failed.emit)
