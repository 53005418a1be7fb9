"""The export flow as the desktop app drives it, without a window."""

from __future__ import annotations

import pytest

from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.packets.errors import (
    NoRecipients,
    NothingToExport,
    PlanOutdated,
    RecipientUnusable,
)
from testimony_recorder.recorder.packets.plan import ALL, CHOSEN, Scope
from testimony_recorder.recorder.packets.wizard import ExportWizard, Step
from testimony_recorder.recorder.store import testimonies

from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, TESTIMONY_ONLY, add_interview


def test_steps_forward_and_back(pair: Pair) -> None:
    full = add_interview(pair.field, FULL_OWN)
    limited = add_interview(pair.field, TESTIMONY_ONLY)
    none = add_interview(pair.field, None)
    wizard = ExportWizard(pair.field)
    assert wizard.step is Step.RECIPIENTS and wizard.step == "recipients"
    assert [c.fingerprint for c in wizard.available_recipients()] == [pair.to_coord.fingerprint]
    with pytest.raises(NoRecipients):
        wizard.choose_recipients([])
    with pytest.raises(RuntimeError):
        wizard.choose_scope(Scope())
    wizard.choose_recipients([pair.to_coord.fingerprint[:9]])
    assert wizard.step is Step.SCOPE
    wizard.choose_scope(Scope(CHOSEN, (limited, none)))
    preview = wizard.preview()
    assert [i["interview_id"] for i in preview["included"]] == [limited]
    assert preview["included"][0]["identity"]["included"] is False
    assert [x["interview_id"] for x in preview["left_out"]] == [none]
    assert "no consent record" in preview["left_out"][0]["reason"]
    wizard.back()
    assert wizard.step is Step.SCOPE and wizard.plan is None
    wizard.choose_scope(Scope(ALL))
    assert {i["interview_id"] for i in wizard.preview()["included"]} == {full, limited}
    assert wizard.can_seal
    progress: list[int] = []
    result = wizard.seal(pair.tmp / "w.tpk", progress=lambda done, total: progress.append(done))
    assert wizard.step is Step.DONE and result.interviews == 2 and progress
    wizard.back()
    assert wizard.step is Step.DONE  # a sealed packet is final
    assert importer.import_packet(pair.coord, result.paths[0]).imported


def test_nothing_to_seal_and_revoked_recipient(pair: Pair) -> None:
    wizard = ExportWizard(pair.field)
    wizard.choose_recipients([pair.to_coord.fingerprint])
    wizard.choose_scope(Scope())
    assert not wizard.can_seal
    with pytest.raises(NothingToExport):
        wizard.seal(pair.tmp / "none.tpk")
    trust.revoke(pair.field, pair.to_coord.fingerprint)
    again = ExportWizard(pair.field)
    assert again.available_recipients() == []
    with pytest.raises(RecipientUnusable):
        again.choose_recipients([pair.to_coord.fingerprint])


def test_changes_after_the_preview_stop_the_seal(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    wizard = ExportWizard(pair.field)
    wizard.choose_recipients([pair.to_coord.fingerprint])
    wizard.choose_scope(Scope())
    testimonies.start_correction(pair.field, iid)
    testimonies.save(pair.field, iid, "Changed after the preview (fictional).")
    testimonies.finalize(pair.field, iid)
    with pytest.raises(PlanOutdated):
        wizard.seal(pair.tmp / "late.tpk")
    assert not list(pair.tmp.glob("*late.tpk*"))
    assert wizard.step is Step.PREVIEW
