"""Changing one consent item changes what a real export contains, and nothing else.

One interview with an audio recording and an identity; its witness first agrees to everything
for the organisation, then amends one answer; the sealed packet is opened the way the
coordinator would (age, then the tar members)."""

from __future__ import annotations

import pytest

from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.media import ingest, redact
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.packets import writer

from .conftest import shared_path
from .packet_fixtures import Pair, pair  # noqa: F401 - fixture
from .packet_helpers import FULL_OWN, add_interview, give_consent
from .test_packets_roundtrip import plaintext, split


def members_after(pair: Pair, yes: tuple[str, ...], name: str) -> tuple[str, list[str]]:  # noqa: F811
    interview = add_interview(pair.field, None, finalize=False)
    recording = ingest.ingest_file(pair.field, interview,
                                   shared_path("media", "consent_en.wav"))
    give_consent(pair.field, interview, FULL_OWN)
    give_consent(pair.field, interview, yes)  # the witness changes one answer
    from testimony_recorder.recorder.store import testimonies

    testimonies.finalize(pair.field, interview)
    built = plan_mod.build(pair.field, [pair.to_coord], plan_mod.Scope(plan_mod.ALL))
    if built.empty:  # consent lets nothing of it go: there is no packet to write at all
        assert [x.interview_id for x in built.left_out] == [interview]
        return interview, []
    path = pair.tmp / name
    writer.seal(pair.field, built, path)
    names = [n for n, _ in split(plaintext(pair.coord, path))]
    copy = redact.derivative_of(pair.field.conn, recording.id)
    if copy is not None:
        names = [n.replace(copy.id, "RECORDING-REDACTED") for n in names]
    return interview, [n.replace(recording.id, "RECORDING") for n in names]


def without(item: str) -> tuple[str, ...]:
    return tuple(i for i in FULL_OWN if i != item)


def test_with_every_item_everything_goes(pair: Pair) -> None:  # noqa: F811
    interview, names = members_after(pair, FULL_OWN, "all.tpk")
    assert f"records/{interview}.json" in names
    assert f"identities/{interview}.age" in names
    assert "media/RECORDING" in names


@pytest.mark.parametrize("item, gone", [
    (items.DOCUMENTATION_USE, "testimony"),
    (items.IDENTITY_WITH_ORGANISATION, "identity"),
    (items.AUDIO_RECORDING, "audio"),
])
def test_one_item_less_leaves_exactly_that_out(pair: Pair, item: str, gone: str) -> None:  # noqa: F811
    interview, names = members_after(pair, without(item), f"{item}.tpk")
    record = f"records/{interview}.json"
    identity = f"identities/{interview}.age"
    if gone == "testimony":
        assert record not in names and identity not in names and "media/RECORDING" not in names
        return
    assert record in names
    assert (identity in names) == (gone != "identity")
    if gone == "audio":
        assert not any(n.startswith("media/RECORDING") for n in names)
    elif gone == "identity":  # without it, only a copy stripped of identifying metadata goes
        assert "media/RECORDING-REDACTED" in names and "media/RECORDING" not in names
