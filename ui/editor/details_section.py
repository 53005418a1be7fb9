"""Interview details: when, where, in which languages, who else was there, breaks, referral and
follow-up. Saved a second after each change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import clock, i18n
from testimony_recorder.recorder.model.interview import Interview
from testimony_recorder.recorder.store import interviews
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..session import Session
from ..tasks import Job
from ..widgets.autosaver import Autosaver
from ..widgets.paragraph_edit import ParagraphEdit

ISO = Qt.DateFormat.ISODate


def _codes(text: str) -> list[str]:
    return [c.strip().lower() for c in text.split(",") if c.strip()]


def _to_qt(value: str | None) -> QDateTime:
    return QDateTime.fromString(value, ISO) if value else QDateTime()


def _from_qt(edit: QDateTimeEdit) -> str | None:
    value = edit.dateTime()
    if not value.isValid() or value == edit.minimumDateTime():
        return None
    return clock.parse(value.toUTC().toString(ISO)).isoformat().replace("+00:00", "Z")


class DetailsSection(QScrollArea):
    saved = Signal()
    failed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.interview: Interview | None = None
        self.autosaver = Autosaver(self._save, 1000, self)
        body = QWidget(self)
        form = QFormLayout(body)
        self.interviewer = self._line(self.tr("Interviewer"))
        self.started = self._when(self.tr("Started"))
        self.ended = self._when(self.tr("Ended"))
        self.place = self._line(self.tr("Place of the interview"))
        self.languages = self._line(self.tr("Languages (codes, comma separated)"))
        # The codes named in the interface language ("ar, ckb": "Arabic and Central Kurdish").
        self.language_names = QLabel(body)
        self.language_names.setObjectName("subtle")
        self.language_names.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Maximum)
        self.languages.textChanged.connect(self._name_languages)
        self.interpreter = self._line(self.tr("Interpreter"))
        self.others = self._line(self.tr("Others present"))
        self.referral = QCheckBox(self.tr("Referral to support services offered"), body)
        self.referral_notes = self._text(self.tr("Referral notes"))
        self.follow_up = QCheckBox(self.tr("Follow-up promised"), body)
        self.follow_up_date = QDateEdit(body)
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_notes = self._text(self.tr("Follow-up notes"))
        self.conditions = self._text(self.tr("Conditions of the interview"))
        for box in (self.referral, self.follow_up):
            box.toggled.connect(self.autosaver.touch)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        self.follow_up.toggled.connect(self.follow_up_notes.setEnabled)
        self.follow_up_date.dateChanged.connect(self.autosaver.touch)
        form.addRow(self.tr("Interviewer"), self.interviewer)
        form.addRow(self.tr("Started"), self.started)
        form.addRow(self.tr("Ended"), self.ended)
        form.addRow(self.tr("Place"), self.place)
        languages = QVBoxLayout()
        languages.setSpacing(2)
        languages.addWidget(self.languages)
        languages.addWidget(self.language_names)
        form.addRow(self.tr("Languages"), languages)
        form.addRow(self.tr("Interpreter"), self.interpreter)
        form.addRow(self.tr("Others present"), self.others)
        form.addRow("", self.referral)
        form.addRow(self.tr("Referral notes"), self.referral_notes)
        form.addRow("", self.follow_up)
        form.addRow(self.tr("Follow-up date"), self.follow_up_date)
        form.addRow(self.tr("Follow-up notes"), self.follow_up_notes)
        form.addRow(self.tr("Conditions"), self.conditions)
        self.setWidget(body)
        self.setWidgetResizable(True)

    def _name_languages(self, text: str) -> None:
        language = formatting.ui_language()
        self.language_names.setText(i18n.listing(
            [i18n.language_name(code, language) for code in _codes(text)], language))

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.textEdited.connect(self.autosaver.touch)
        edit.editingFinished.connect(self.autosaver.flush)
        return edit

    def _text(self, name: str) -> ParagraphEdit:
        edit = ParagraphEdit(self)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(80)
        edit.textChanged.connect(self.autosaver.touch)
        return edit

    def _when(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setSpecialValueText(self.tr("not set"))
        edit.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(0))
        edit.dateTimeChanged.connect(self.autosaver.touch)
        return edit

    def show_interview(self, interview: Interview) -> None:
        self.autosaver.discard()
        self.interview = interview
        widgets = [self.interviewer, self.started, self.ended, self.place, self.languages,
                   self.interpreter, self.others, self.referral, self.referral_notes,
                   self.follow_up, self.follow_up_date, self.follow_up_notes, self.conditions]
        for w in widgets:
            w.blockSignals(True)
        self.interviewer.setText(interview.interviewer)
        for edit, value in ((self.started, interview.started_at),
                            (self.ended, interview.ended_at)):
            edit.setDateTime(_to_qt(value) if value else edit.minimumDateTime())
        self.place.setText(interview.place)
        self.languages.setText(", ".join(interview.languages))
        self._name_languages(self.languages.text())  # its signals are blocked while loading
        self.interpreter.setText(interview.interpreter)
        self.others.setText(interview.others_present)
        self.referral.setChecked(interview.referral_offered)
        self.referral_notes.setPlainText(interview.referral_notes)
        self.follow_up.setChecked(interview.follow_up_promised)
        self.follow_up_date.setEnabled(interview.follow_up_promised)
        self.follow_up_notes.setEnabled(interview.follow_up_promised)
        if interview.follow_up_date:
            self.follow_up_date.setDate(QDateTime.fromString(interview.follow_up_date,
                                                             ISO).date())
        self.follow_up_notes.setPlainText(interview.follow_up_notes)
        self.conditions.setPlainText(interview.conditions_notes)
        for w in widgets:
            w.blockSignals(False)

    def _collect(self, base: Interview) -> Interview:
        return replace(
            base,
            interviewer=self.interviewer.text().strip(),
            started_at=_from_qt(self.started),
            ended_at=_from_qt(self.ended),
            place=self.place.text().strip(),
            languages=_codes(self.languages.text()),
            interpreter=self.interpreter.text().strip(),
            others_present=self.others.text().strip(),
            referral_offered=self.referral.isChecked(),
            referral_notes=self.referral_notes.toPlainText(),
            follow_up_promised=self.follow_up.isChecked(),
            follow_up_date=(self.follow_up_date.date().toString(ISO)
                            if self.follow_up.isChecked() else None),
            follow_up_notes=self.follow_up_notes.toPlainText(),
            conditions_notes=self.conditions.toPlainText(),
        )

    def _save(self) -> None:
        if self.interview is None:
            return
        interview = self._collect(self.interview)

        def work(vault: Vault, job: Job) -> Interview:
            return interviews.update_interview(vault, interview)

        def done(result: Interview) -> None:
            self.interview = result
            self.saved.emit()

        self.session.runner.run(work, owner=self, done=done, failed=self.failed.emit)

    def flush(self) -> None:
        self.autosaver.flush()
