"""The incidents, persons, roles and command links of the open interview, shared by the
Incidents and Persons sections so that a person added in one is at once offered in the other.

Every change goes through the core on the vault's thread and comes back with a fresh copy of
all four lists (and the vault's violation types), so what the sections show is what is stored.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.model.incident import Incident
from testimony_recorder.recorder.model.person import CommandLink, Involvement, Person
from testimony_recorder.recorder.store import parts
from testimony_recorder.recorder.store.overview import InterviewOverview
from testimony_recorder.recorder.vault import Vault

from ..session import Session
from ..tasks import Job

Callback = Callable[[Any], None] | None
ErrorCallback = Callable[[BaseException], None] | None


@dataclass
class Snapshot:
    incidents: list[Incident] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    involvements: list[Involvement] = field(default_factory=list)
    links: list[CommandLink] = field(default_factory=list)
    violation_types: tuple[vocabulary.Term, ...] = ()


def snapshot(vault: Vault, interview_id: str) -> Snapshot:
    """Everything both sections show, read in one go (on the vault's thread)."""
    conn = vault.conn
    return Snapshot(parts.list_for(conn, Incident, interview_id),
                    parts.list_for(conn, Person, interview_id),
                    parts.list_for(conn, Involvement, interview_id),
                    parts.list_for(conn, CommandLink, interview_id),
                    vocabulary.violation_terms(conn))


def person_name(person: Person) -> str:
    """What a person is called in lists: the name, else the start of the description."""
    if person.name.strip():
        return person.name.strip()
    first = person.description.strip().splitlines()[0] if person.description.strip() else ""
    if first:
        return first if len(first) <= 60 else first[:59] + "\u2026"
    return QCoreApplication.translate("InterviewParts", "Unnamed person")


class InterviewParts(QObject):
    # Another interview was loaded (or the same one reloaded): forms start over.
    loaded = Signal()
    # The lists were replaced by what the vault now holds.
    changed = Signal()
    # A change was stored (the interview list may show it).
    saved = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.interview_id = ""
        self.data = Snapshot(violation_types=vocabulary.terms("violations"))
        self._overview: InterviewOverview | None = None

    # -- loading --------------------------------------------------------------------------------
    def load(self, overview: InterviewOverview) -> None:
        """Show this interview's parts; both sections call this, the second call is a no-op."""
        if overview is self._overview:
            return
        self._overview = overview
        b = overview.bundle
        self.interview_id = b.interview.id
        self.data = Snapshot(list(b.incidents), list(b.persons), list(b.involvements),
                             list(b.command_links), self.data.violation_types)
        self.loaded.emit()
        self.changed.emit()
        self.change(lambda vault: None)  # the vault's own violation types

    # -- changing -------------------------------------------------------------------------------
    def change(self, fn: Callable[[Vault], Any], on_done: Callback = None,
               on_error: ErrorCallback = None) -> None:
        """Run `fn(vault)` on the vault's thread, then show what the vault holds."""
        interview_id = self.interview_id

        def work(vault: Vault, job: Job) -> tuple[Any, Snapshot]:
            return fn(vault), snapshot(vault, interview_id)

        def done(value: tuple[Any, Snapshot]) -> None:
            if not isValid(self) or not self.session.is_unlocked:
                return  # locked meanwhile: the change is stored, nobody is left to show it
            result, fresh = value
            if interview_id == self.interview_id:
                self.data = fresh
                self.changed.emit()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if isValid(self) and on_error is not None:
                on_error(error)

        self.session.runner.run(work, owner=self, done=done, failed=failed)

    def add(self, part: Any, on_done: Callback = None, on_error: ErrorCallback = None) -> None:
        sent = copy.deepcopy(part)  # the vault's thread stamps its own copy
        self.change(lambda vault: parts.add(vault, sent), self._saved(on_done), on_error)

    def update(self, part: Any, on_done: Callback = None,
               on_error: ErrorCallback = None) -> None:
        sent = copy.deepcopy(part)
        self.change(lambda vault: parts.update(vault, sent), self._saved(on_done), on_error)

    def remove(self, cls: type, part_id: str, on_done: Callback = None,
               on_error: ErrorCallback = None) -> None:
        self.change(lambda vault: parts.delete(vault, cls, part_id), self._saved(on_done),
                    on_error)

    def _saved(self, on_done: Callback) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            self.saved.emit()
            if on_done is not None:
                on_done(result)

        return done

    # -- looking up -----------------------------------------------------------------------------
    def incident(self, incident_id: str) -> Incident | None:
        return next((i for i in self.data.incidents if i.id == incident_id), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.data.persons if p.id == person_id), None)

    def name_of(self, person_id: str) -> str:
        person = self.person(person_id)
        return person_name(person) if person else "?"

    def involvements_in(self, incident_id: str) -> list[Involvement]:
        return [v for v in self.data.involvements if v.incident_id == incident_id]
