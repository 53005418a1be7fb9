"""A batch import report in the reader's language: codes and facts from the core
(recorder.archive.batch_report), worded here, never the core's English.

A rejection is a Problem (code, params, English message): a code that names one of the core's
errors is worded by ui/messages.describe, like any error; a code of the packet finder is worded
here; anything else falls back to the message the core wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from testimony_recorder.recorder.archive import batch_report as br
from testimony_recorder.recorder.archive import discover
from testimony_recorder.recorder.archive.batch_report import BatchReport, PacketResult
from testimony_recorder.recorder.archive.discover import Problem
from testimony_recorder.recorder.errors import Coded, RecorderError

from .. import formatting
from ..i18n import isolate
from ..messages import describe


def _error_class(code: str) -> type[RecorderError] | None:
    """The core's error class with this code (each code belongs to one class)."""
    pending: list[type[RecorderError]] = [RecorderError]
    while pending:
        cls = pending.pop()
        if cls.code == code and not cls.family:
            return cls
        pending.extend(cls.__subclasses__())
    return None


def as_error(problem: Problem) -> Coded | None:
    """The error a Problem records, rebuilt from its code and parameters, so that it is worded
    like the same error anywhere else; None when no error of the core has that code."""
    cls = _error_class(problem.code)
    if cls is None:
        return None
    try:
        return cls(**{name: problem.params[name] for name in cls.names()})
    except (KeyError, TypeError):
        return None


def number(value: int) -> str:
    return formatting.number(value, formatting.ui_language())


class BatchReportText(QObject):
    """A class only for self.tr() (with %n plurals) in the "BatchReportText" context."""

    def rejection(self, problem: Problem) -> str:
        path = isolate(str(problem.params.get("path", "")))
        if problem.code == discover.FILE_NOT_FOUND:
            return self.tr("%1 is not there any more. Check the folder or stick, then try "
                           "again.").replace("%1", path)
        if problem.code == discover.UNREADABLE_FILE:
            return self.tr("%1 could not be read (%2). Copy it again, then try again.").replace(
                "%1", path).replace("%2", isolate(str(problem.params.get("reason", ""))))
        error = as_error(problem)
        return describe(error) if error is not None else problem.message

    def outcome(self, result: PacketResult) -> str:
        return {
            br.IMPORTED: self.tr("Imported"),
            br.ALREADY_HAD: self.tr("Already had"),
            br.REJECTED: self.tr("Rejected"),
            br.CANCELLED: self.tr("Cancelled"),
            br.NOT_STARTED: self.tr("Not started"),
        }.get(result.outcome, result.outcome)

    def signature(self, result: PacketResult) -> str:
        return {
            br.SIGNATURE_GOOD: self.tr("Good"),
            br.SIGNATURE_BAD: self.tr("Bad"),
            br.SIGNATURE_NOT_REACHED: self.tr("Not checked"),
        }.get(result.signature, result.signature)

    def sender_text(self, result: PacketResult) -> str:
        if result.sender is None:
            return ""
        name = result.sender_name or ""
        return self.tr("%1 (%2)").replace("%1", isolate(name)).replace(
            "%2", isolate(result.sender[:16]))

    def records(self, result: PacketResult) -> str:
        r = result.records
        text = self.tr("%1 new, %2 updated, %3 unchanged").replace(
            "%1", number(r.get("new", 0))).replace("%2", number(r.get("updated", 0))).replace(
            "%3", number(r.get("unchanged", 0)))
        if r.get("outdated", 0):
            text += ", " + self.tr("%1 older than held").replace("%1", number(r["outdated"]))
        return text

    def consent(self, result: PacketResult) -> str:
        effects = {
            "withdrawn": self.tr("consent withdrawn"),
            "restored": self.tr("consent restored"),
            "identity_destroyed": self.tr("identity destroyed"),
            "attachment_destroyed": self.tr("attachment destroyed"),
            "recorded": self.tr("consent recorded"),
            "not_held": self.tr("interview not held here"),
        }
        words = [effects.get(code, code) for change in result.consent_changes
                 for code in change.get("effects", [])]
        return formatting.joined(words)

    def notes(self, result: PacketResult) -> str:
        lines = []
        if result.rejection is not None:
            lines.append(self.rejection(result.rejection))
        for warning in result.warnings:
            if warning.get("code") == br.SEQUENCE_GAP:
                first, last = int(warning["first"]), int(warning["last"])
                lines.append((self.tr("Packet %1 of this device has not arrived.")
                              if first == last else
                              self.tr("Packets %1 to %2 of this device have not arrived."))
                             .replace("%1", number(first)).replace("%2", number(last)))
            elif warning.get("code") == br.HISTORY_REWRITTEN:
                lines.append(self.tr("This device's custody log no longer extends what it "
                                     "sent before."))
        return "\n".join(lines)

    def summary(self, report: BatchReport) -> str:
        s = report.summary
        lines = [formatting.counted(self.tr("%n packet(s) imported", "", s.imported)),
                 formatting.counted(self.tr("%n already had", "", s.already_had)),
                 formatting.counted(self.tr("%n rejected", "", s.rejected))]
        if s.not_imported:
            lines.append(formatting.counted(self.tr("%n not imported (cancelled)", "",
                                                    s.not_imported)))
        text = "; ".join(lines) + "."
        if report.state == br.CANCELLED:
            text = self.tr("The import was cancelled. What had been imported stays; run it "
                           "again to import the rest.") + "\n" + text
        for gap in s.gaps:
            text += "\n" + (self.tr("%1: packet %2 missing.") if gap.first == gap.last
                            else self.tr("%1: packets %2 to %3 missing.")).replace(
                "%1", isolate(gap.name)).replace("%2", number(gap.first)).replace(
                "%3", number(gap.last))
        return text
