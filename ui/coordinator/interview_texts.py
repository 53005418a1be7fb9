"""The words of the read-only interview view: each part of an imported interview as plain
text in the reader's language (the values themselves are the packet's, shown as written)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.archive.view import REDACTED, AttachmentView, InterviewView
from testimony_recorder.recorder.custody import Entry
from testimony_recorder.recorder.model.bundle import Bundle
from testimony_recorder.recorder.model.incident import Incident
from testimony_recorder.recorder.model.person import Person
from testimony_recorder.recorder.model.testimony import Testimony

from .. import formatting
from ..consent import labels
from ..custody_words import action_text
from ..editor.attachment_texts import kind_name
from ..i18n import isolate
from ..widgets import date_words
from .archive_model import violation_words


class InterviewTexts(QObject):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.roles = {t.code: t.label(language) for t in vocabulary.terms("roles")}

    def _when(self, value: str | None) -> str:
        return formatting.when(value, self.language) if value else ""

    def _yes(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def title(self, v: InterviewView) -> str:
        b = v.bundle
        text = self.tr("Witness %1, interviewed by %2 on %3").replace(
            "%1", isolate(b.witness.code)).replace("%2", isolate(b.interview.interviewer)).replace(
            "%3", isolate(formatting.when(b.interview.started_at, self.language, with_time=False)))
        if v.withdrawn:
            text += "\n" + self.tr("The witness withdrew consent.")
        return text

    def version_label(self, t: Testimony) -> str:
        state = self.tr("finalized") if t.is_final else self.tr("draft")
        return self.tr("Version %1 (%2) %3").replace(
            "%1", formatting.number(t.version, self.language)).replace("%2", state).replace(
            "%3", self._when(t.finalized_at or t.updated_at))

    def version_text(self, t: Testimony) -> str:
        parts = [t.narrative]
        if t.summary:
            parts += ["", self.tr("Summary:"), t.summary]
        return "\n".join(parts)

    def incident_text(self, i: Incident, b: Bundle) -> str:
        lines = [i.title, self.tr("Date: %1").replace("%1", date_words.describe(i.date,
                                                                                 self.language)),
                 self.tr("Violations: %1").replace("%1", violation_words(
                     tuple(i.violations), self.language))]
        if i.place is not None:
            lines.append(self.tr("Place: %1").replace("%1", " ".join(
                x for x in (i.place.name, i.place.area) if x)))
        names = {p.id: p.name for p in b.persons}
        for link in b.involvements:
            if link.incident_id == i.id:
                lines.append(self.tr("%1: %2").replace("%1", self.roles.get(link.role, link.role))
                             .replace("%2", names.get(link.person_id, "")))
        return "\n".join([*lines, "", i.description])

    def person_text(self, p: Person, b: Bundle) -> str:
        lines = [p.name]
        for label, value in ((self.tr("Aliases"), formatting.joined(p.aliases)),
                             (self.tr("Affiliation"), p.affiliation), (self.tr("Unit"), p.unit),
                             (self.tr("Rank"), p.rank), (self.tr("Position"), p.position)):
            if value:
                lines.append(self.tr("%1: %2").replace("%1", label).replace("%2", value))
        names = {x.id: x.name for x in b.persons}
        for c in b.command_links:
            if c.subordinate_id == p.id:
                lines.append(self.tr("Under the command of %1").replace(
                    "%1", names.get(c.superior_id, "")))
            elif c.superior_id == p.id:
                lines.append(self.tr("Commanded %1").replace("%1", names.get(c.subordinate_id,
                                                                             "")))
        return "\n".join([*lines, "", p.description])

    def attachment_label(self, a: AttachmentView) -> str:
        form = self.tr("redacted copy") if a.form == REDACTED else self.tr("original")
        state = "" if a.opens is not None else " " + self.tr("(closed)")
        return self.tr("%1 (%2, %3)").replace("%1", isolate(a.attachment.filename)).replace(
            "%2", kind_name(a.attachment.kind)).replace("%3", form) + state

    def attachment_note(self, a: AttachmentView) -> str:
        """Why the chosen attachment shows as it does (or stays closed)."""
        if not a.allowed:
            return self.tr("The witness's consent does not allow this organisation to use "
                           "this file, so it stays closed.")
        if a.opens is None:
            return self.tr("Consent allows only a redacted copy of this file to be used, "
                           "and none is held here, so it stays closed.")
        if a.opens != a.attachment.id:
            return self.tr("Showing its redacted copy: consent allows only redacted copies "
                           "to be used.")
        if a.form == REDACTED:
            return self.tr("A redacted copy: identifying metadata was removed before it "
                           "was sent.")
        return self.tr("The original, as recorded: consent allows its use.")

    def consent(self, v: InterviewView) -> str:
        kinds = {"given": self.tr("given"), "amended": self.tr("amended"),
                 "withdrawn": self.tr("withdrawn")}
        lines = [self.tr("%1 on %2 (%3)").replace("%1", kinds.get(c.kind, c.kind)).replace(
            "%2", self._when(c.given_at)).replace("%3", labels.method(c.method))
            for c in v.consents]
        lines.append("")
        for body, d in v.decisions.items():
            lines.append(self.tr("%1: testimony %2, identity %3, audio %4").replace(
                "%1", body).replace("%2", self._yes(d.testimony)).replace(
                "%3", self._yes(d.identity)).replace("%4", self._yes(d.audio)))
        return "\n".join(lines)

    def _entry(self, e: Entry) -> str:
        return self.tr("%1  %2  by %3").replace("%1", isolate(self._when(e.at))).replace(
            "%2", action_text(e.action)).replace("%3", isolate(e.actor))

    def provenance(self, v: InterviewView) -> str:
        p = v.provenance
        if p is None:
            return self.tr("Entered in this vault, not imported.")
        device = p.device
        lines = [self.tr("Device: %1").replace("%1", isolate(device.name if device else "")),
                 self.tr("Fingerprint: %1").replace("%1", isolate(p.sender)),
                 self.tr("Signature: verified against the enrolled device key")]
        if device is not None and device.revoked:
            lines.append(self.tr("This device has since been revoked."))
        lines += ["", self.tr("Packets:")]
        for packet in p.packets:
            lines.append(self.tr("  number %1, sealed %2, imported %3, id %4").replace(
                "%1", formatting.number(packet.sequence, self.language)).replace(
                "%2", self._when(packet.created_at)).replace(
                "%3", self._when(packet.imported_at)).replace("%4", packet.packet_id))
        lines += ["", self.tr("Record SHA-256: %1").replace("%1", p.record_sha256), "",
                  self.tr("Custody trail on the device:")]
        lines += ["  " + self._entry(e) for e in p.device_custody]
        lines += ["", self.tr("Custody trail in this archive:")]
        lines += ["  " + self._entry(e) for e in p.archive_custody]
        return "\n".join(lines)
