"""The import report names one missing packet as one ("packet 2") and a run as a range."""

from __future__ import annotations

from testimony_recorder.recorder.archive import batch_report as br
from testimony_recorder.recorder.archive.devices import Gap
from testimony_recorder.ui.coordinator.batch_report_text import BatchReportText


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_one_missing_packet_and_a_run_of_them(qapp: object) -> None:
    words = BatchReportText()
    report = br.BatchReport("r", "2026-01-01T00:00:00Z", state="done")
    report.summary.gaps = [Gap("aa", "Field A", 2, 2), Gap("bb", "Field B", 2, 5)]
    summary = _plain(words.summary(report))
    assert "Field A: packet 2 missing." in summary
    assert "Field B: packets 2 to 5 missing." in summary
    assert "2 to 2" not in summary
    one = br.PacketResult("p", [], 0, warnings=[{"code": br.SEQUENCE_GAP, "first": 7,
                                                  "last": 7}])
    run = br.PacketResult("q", [], 0, warnings=[{"code": br.SEQUENCE_GAP, "first": 7,
                                                  "last": 9}])
    assert words.notes(one) == "Packet 7 of this device has not arrived."
    assert words.notes(run) == "Packets 7 to 9 of this device have not arrived."
