"""The export flow as both front ends drive it (the app's wizard and `testimony export`),
without a window."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest

from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.packets.choose import LEFT_OUT, Why
from testimony_recorder.recorder.packets.errors import (
    ExportStepError,
    NoRecipients,
    NothingToExport,
    PlanOutdated,
    RecipientUnusable,
)
from testimony_recorder.recorder.packets.export_flow import ExportFlow, Step
from testimony_recorder.recorder.packets.plan import ALL, CHOSEN, Scope
from testimony_recorder.recorder.packets.preview import IncludedLine, LeftOutLine, Preview
from testimony_recorder.recorder.store import testimonies
from testimony_recorder.recorder.vault import Vault

from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, TESTIMONY_ONLY, add_interview


def held(value: object, seen: set[int] | None = None) -> Iterator[object]:
    """Everything an object holds, however deep (attributes, dataclass fields, containers)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if isinstance(value, dict):
        children: list[object] = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset):
        children = list(value)
    elif hasattr(value, "__dict__"):
        children = list(vars(value).values())
    else:
        children = []
    for child in children:
        yield from held(child, seen)


def test_steps_forward_choosing_again_and_the_seal(pair: Pair) -> None:
    full = add_interview(pair.field, FULL_OWN)
    limited = add_interview(pair.field, TESTIMONY_ONLY)
    none = add_interview(pair.field, None)
    flow = ExportFlow()
    assert flow.step is Step.RECIPIENTS and flow.step == "recipients"
    offered = ExportFlow.offered_recipients(pair.field)
    assert [c.fingerprint for c in offered] == [pair.to_coord.fingerprint]
    with pytest.raises(NoRecipients):
        flow.choose_recipients(pair.field, [])
    with pytest.raises(ExportStepError):
        flow.choose_scope(pair.field, Scope())
    flow.choose_recipients(pair.field, [pair.to_coord.fingerprint[:9]])
    assert flow.step is Step.SCOPE and flow.recipients == (pair.to_coord.fingerprint,)

    shown = flow.choose_scope(pair.field, Scope(CHOSEN, (limited, none)))
    assert isinstance(shown, Preview) and flow.preview is shown and flow.step is Step.PREVIEW
    assert [i.interview_id for i in shown.included] == [limited]
    line = shown.included[0]
    assert isinstance(line, IncludedLine) and line.identity.included is False
    assert line.testimony_versions == (1,)
    assert [x.interview_id for x in shown.left_out] == [none]
    left = shown.left_out[0]
    assert isinstance(left, LeftOutLine) and left.why is Why.NO_CONSENT
    assert "no consent record" in left.reason
    with pytest.raises(dataclasses.FrozenInstanceError):
        shown.scope = ALL  # type: ignore[misc]  # what was shown cannot be altered

    again = flow.choose_scope(pair.field, Scope(ALL))  # back to the scope, and on
    assert {i.interview_id for i in again.included} == {full, limited}
    assert flow.can_seal
    progress: list[int] = []
    result = flow.seal(pair.field, pair.tmp / "w.tpk",
                       progress=lambda done, total: progress.append(done))
    assert flow.step is Step.DONE and flow.result is result
    assert result.interviews == 2 and progress
    with pytest.raises(ExportStepError):  # a sealed packet is final
        flow.choose_recipients(pair.field, [pair.to_coord.fingerprint])
    with pytest.raises(ExportStepError):
        flow.seal(pair.field, pair.tmp / "twice.tpk")
    assert importer.import_packet(pair.coord, result.paths[0]).imported


def test_the_flow_holds_no_vault_between_steps(pair: Pair) -> None:
    """The app keeps the flow on the GUI thread: it must never keep the vault that a step was
    given (that vault's connection belongs to the vault's own thread)."""
    add_interview(pair.field, FULL_OWN)
    flow = ExportFlow()
    flow.choose_recipients(pair.field, [pair.to_coord.fingerprint])
    flow.choose_scope(pair.field, Scope())
    assert [v for v in held({"deep": [(pair.field,)]}) if isinstance(v, Vault)]  # it would see
    assert not [v for v in held(flow) if isinstance(v, Vault)]
    flow.seal(pair.field, pair.tmp / "p.tpk")
    assert not [v for v in held(flow) if isinstance(v, Vault)]


def test_preview_as_json_for_the_command_line(pair: Pair) -> None:
    iid = add_interview(pair.field, TESTIMONY_ONLY)
    flow = ExportFlow()
    flow.choose_recipients(pair.field, [pair.to_coord.fingerprint])
    data = json.loads(json.dumps(flow.choose_scope(pair.field, Scope()).to_json()))
    assert data["encryption"] == "x25519" and data["scope"] == "since_last"
    assert data["recipients"] == [{"fingerprint": pair.to_coord.fingerprint,
                                   "name": pair.to_coord.name, "body": pair.to_coord.body}]
    entry = data["included"][0]
    assert entry["interview_id"] == iid and entry["identity"]["included"] is False
    assert all(m["form"] in ("original", "redacted", LEFT_OUT) for m in entry["media"])


def test_nothing_to_seal_and_revoked_recipient(pair: Pair) -> None:
    flow = ExportFlow()
    flow.choose_recipients(pair.field, [pair.to_coord.fingerprint])
    assert flow.choose_scope(pair.field, Scope()).empty
    assert not flow.can_seal
    with pytest.raises(NothingToExport):
        flow.seal(pair.field, pair.tmp / "none.tpk")
    trust.revoke(pair.field, pair.to_coord.fingerprint)
    assert ExportFlow.offered_recipients(pair.field) == []
    with pytest.raises(RecipientUnusable):
        ExportFlow().choose_recipients(pair.field, [pair.to_coord.fingerprint])


def test_changes_after_the_preview_stop_the_seal(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    flow = ExportFlow()
    flow.choose_recipients(pair.field, [pair.to_coord.fingerprint])
    flow.choose_scope(pair.field, Scope())
    testimonies.start_correction(pair.field, iid)
    testimonies.save(pair.field, iid, "Changed after the preview (fictional).")
    testimonies.finalize(pair.field, iid)
    with pytest.raises(PlanOutdated):
        flow.seal(pair.field, pair.tmp / "late.tpk")
    assert not list(pair.tmp.glob("*late.tpk*"))
    assert flow.step is Step.PREVIEW
    shown = flow.choose_scope(pair.field, Scope())  # preview again: the new version goes
    assert shown.included[0].testimony_versions == (1, 2)
    assert flow.seal(pair.field, pair.tmp / "now.tpk").interviews == 1


def test_a_recipient_revoked_after_the_preview_stops_the_seal(pair: Pair) -> None:
    add_interview(pair.field, FULL_OWN)
    flow = ExportFlow()
    flow.choose_recipients(pair.field, [pair.to_coord.fingerprint])
    flow.choose_scope(pair.field, Scope())
    trust.revoke(pair.field, pair.to_coord.fingerprint)
    with pytest.raises(PlanOutdated):
        flow.seal(pair.field, pair.tmp / "revoked.tpk")
    assert not list(pair.tmp.glob("*revoked.tpk*"))
    with pytest.raises(RecipientUnusable):  # and planning again refuses the key
        flow.choose_scope(pair.field, Scope())
