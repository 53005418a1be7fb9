"""Who commanded whom, as the witness knows it: "A gave orders to B (April 2013)", with how the
witness knows. Linking a person to themselves is pointed out here (the core refuses it too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.model import new_id
from testimony_recorder.recorder.model.person import CommandLink

from ..i18n import isolate
from ..widgets.editable_combo import editable_combo
from .interview_parts import InterviewParts, person_name

ID = Qt.ItemDataRole.UserRole


class CommandLinksBox(QGroupBox):
    failed = Signal(object)

    def __init__(self, parts: InterviewParts, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Command links: who gave orders to whom"), parent)
        self.parts = parts
        self._offered: list[tuple[str, str]] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Command links between persons"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 4)
        self.superior = self._person_combo(self.tr("Superior (gave the orders)"))
        self.relation, relation_line = editable_combo(self, self.tr("Relation (choose or "
                                                                    "type)"), 100)
        self.relation.addItems([self.tr("gave orders to"), self.tr("commanded"),
                                self.tr("was the superior of")])
        self.subordinate = self._person_combo(self.tr("Subordinate (received the orders)"))
        self.period = QLineEdit(self)
        self.period.setAccessibleName(self.tr("When (for example April 2013)"))
        self.period.setPlaceholderText(self.tr("e.g. April 2013"))
        self.period.setMaxLength(100)
        self.basis = QLineEdit(self)
        self.basis.setAccessibleName(self.tr("How the witness knows"))
        self.basis.setPlaceholderText(self.tr("e.g. heard the orders given; was told; "
                                              "insignia"))
        self.basis.setMaxLength(2000)
        self.add_button = QPushButton(self.tr("Add link"), self)
        self.add_button.setAccessibleName(self.tr("Add this command link"))
        self.remove_button = QPushButton(self.tr("Remove link"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected command link"))
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        relation_line.returnPressed.connect(self.add)
        self.period.returnPressed.connect(self.add)
        self.basis.returnPressed.connect(self.add)
        self.list.currentItemChanged.connect(self._selection_changed)

        who = QHBoxLayout()
        who.addWidget(self.superior, 2)
        who.addWidget(self.relation, 1)
        who.addWidget(self.subordinate, 2)
        form = QFormLayout()
        form.addRow(self.tr("Who"), who)
        form.addRow(self.tr("When"), self.period)
        form.addRow(self.tr("How known"), self.basis)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addStretch()  # keeps the buttons their size while there is no problem to show
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._selection_changed()

    def _person_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # -- showing --------------------------------------------------------------------------------
    def sentence(self, link: CommandLink) -> str:
        """ "A gave orders to B (April 2013)", names isolated for right-to-left text."""
        superior = isolate(self.parts.name_of(link.superior_id))
        subordinate = isolate(self.parts.name_of(link.subordinate_id))
        relation = isolate(link.relation)
        if link.period:
            text = self.tr("%1 %2 %3 (%4)").replace("%4", isolate(link.period))
        else:
            text = self.tr("%1 %2 %3")
        return text.replace("%1", superior).replace("%2", relation).replace("%3", subordinate)

    def refresh(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(ID) if current is not None else None
        self.list.clear()
        for link in self.parts.data.links:
            text = self.sentence(link)
            if link.basis:
                text += "\n" + self.tr("How known: %1").replace("%1", isolate(link.basis))
            item = QListWidgetItem(text, self.list)
            item.setData(ID, link.id)
            if link.id == current_id:
                self.list.setCurrentItem(item)
        offered = [(p.id, person_name(p)) for p in self.parts.data.persons]
        if offered != self._offered:
            self._offered = offered
            for combo in (self.superior, self.subordinate):
                chosen = combo.currentData()
                combo.clear()
                for person_id, name in offered:
                    combo.addItem(name, person_id)
                # two different persons to start with, since a link needs two
                default = 0 if combo is self.superior else min(1, len(offered) - 1)
                combo.setCurrentIndex(max(combo.findData(chosen), default))
        enough = len(self.parts.data.persons) >= 2
        for widget in (self.superior, self.relation, self.subordinate, self.period,
                       self.basis, self.add_button):
            widget.setEnabled(enough)
        self._selection_changed()

    def _selection_changed(self, *_: Any) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    # -- changing -------------------------------------------------------------------------------
    def add(self) -> None:
        superior, subordinate = self.superior.currentData(), self.subordinate.currentData()
        relation = " ".join(self.relation.currentText().split())
        if not superior or not subordinate:
            self._say(self.tr("Add the two persons first (above)."))
            return
        if superior == subordinate:
            self._say(self.tr("Choose two different persons: nobody gives orders to "
                              "themselves."))
            return
        if not relation:
            self._say(self.tr("Say how they were linked, for example \"gave orders to\"."))
            return
        if any(link.superior_id == superior and link.subordinate_id == subordinate
               for link in self.parts.data.links):
            self._say(self.tr("This link is already recorded; remove it first to change it."))
            return
        link = CommandLink(id=new_id(), superior_id=str(superior),
                           subordinate_id=str(subordinate), relation=relation,
                           period=self.period.text().strip(), basis=self.basis.text().strip())

        def done(_: Any) -> None:
            self.period.clear()
            self.basis.clear()

        self._say("")
        self.parts.add(link, on_done=done, on_error=self.failed.emit)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.parts.remove(CommandLink, str(item.data(ID)), on_error=self.failed.emit)
