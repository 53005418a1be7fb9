"""What importing packets found, in the reader's language: one paragraph per packet.

The core's Report carries its custody status and warnings as notices (code and parameters);
they are worded by ui/messages.py like errors. The English `Report.to_text()` is the command
line's; it never reaches the app.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from testimony_recorder.recorder.packets.report import Report

from .. import formatting
from ..i18n import isolate
from ..messages import describe


class ImportReportText(QObject):
    """A class only for self.tr() with %n plurals (see packets/delivery.py's Delivery)."""

    def paragraph(self, report: Report) -> str:
        lines = [self.tr("Packet %1 from %2 (device %3)").replace(
            "%1", isolate(report.packet_id)).replace("%2", isolate(report.sender_name)).replace(
            "%3", isolate(report.sender))]
        if report.already_imported:
            when = formatting.when(report.already_imported, formatting.ui_language())
            lines.append(self.tr("Already imported on %1; nothing changed.").replace(
                "%1", isolate(when)))
        elif report.imported:
            lines.append(formatting.counted(self.tr("%n interview(s) imported.", "",
                                                    len(report.interviews))))
        if report.custody not in report.warnings:  # a rewritten history is shown once
            lines.append(describe(report.custody))
        lines += [self.tr("Warning: %1").replace("%1", describe(w)) for w in report.warnings]
        return "\n".join(lines)

    def text(self, reports: list[Report]) -> str:
        return "\n\n".join(self.paragraph(r) for r in reports)
