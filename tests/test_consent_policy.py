"""What consent lets out, decided from stored records: one item changed, one outcome changed.

These are the policy-level halves of the export tests; the packet layer's tests feed the same
records through a real export and import (recorder/consent/exchange.py is their hook).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.consent import enforce, exchange, items, policy, store
from testimony_recorder.recorder.consent.errors import (
    AudioNotConsented,
    ConsentChainBroken,
    NoConsentRecord,
)
from testimony_recorder.recorder.consent.text import ShownText, from_document
from testimony_recorder.recorder.errors import InvalidRecord
from testimony_recorder.recorder.store import bundles
from testimony_recorder.recorder.vault import Vault

from .consent_support import draft, new_interview

BODIES = ["iiim", "icc", "national_units"]


@pytest.fixture
def interview(vault: Vault) -> str:
    return new_interview(vault)


def decision_after(vault: Vault, interview: str, choices: dict[str, bool], body: str
                   ) -> policy.Decision:
    store.record(vault, draft(vault, interview, choices))
    return enforce.decision(vault.conn, interview, body)


def test_no_record_means_nothing_leaves_and_no_recording(vault: Vault, interview: str) -> None:
    for body in [items.OWN_ORGANISATION, *BODIES]:
        d = enforce.decision(vault.conn, interview, body)
        assert not (d.testimony or d.identity or d.audio or d.witness_images)
    assert not enforce.audio_allowed(vault.conn, interview)
    with pytest.raises(NoConsentRecord):
        enforce.require_consent(vault.conn, interview)
    with pytest.raises(AudioNotConsented):
        enforce.require_audio(vault.conn, interview)


@pytest.mark.parametrize("body", BODIES)
def test_everything_agreed_lets_everything_go(vault: Vault, interview: str, body: str) -> None:
    d = decision_after(vault, interview, {}, body)
    assert d.testimony and d.identity and d.audio and d.witness_images
    assert d.media_form == policy.ORIGINAL


@pytest.mark.parametrize("body", BODIES)
def test_testimony_left_out_when_sharing_it_is_refused(vault: Vault, interview: str,
                                                       body: str) -> None:
    d = decision_after(vault, interview, {items.share_testimony(body): False}, body)
    assert not (d.testimony or d.identity or d.audio or d.witness_images)
    others = [b for b in BODIES if b != body]
    assert all(enforce.decision(vault.conn, interview, b).testimony for b in others)


@pytest.mark.parametrize("body", BODIES)
def test_identity_left_out_when_sharing_it_is_refused(vault: Vault, interview: str,
                                                      body: str) -> None:
    d = decision_after(vault, interview, {items.share_identity(body): False}, body)
    assert d.testimony and not d.identity and d.media_form == policy.REDACTED
    assert d.audio  # the voice may go, in its redacted form


def test_audio_left_out_and_recorder_off_without_audio_consent(vault: Vault,
                                                                interview: str) -> None:
    d = decision_after(vault, interview, {items.AUDIO_RECORDING: False}, "icc")
    assert d.testimony and d.identity and not d.audio and d.witness_images
    assert not enforce.audio_allowed(vault.conn, interview)
    with pytest.raises(AudioNotConsented):
        enforce.require_audio(vault.conn, interview)


def test_photos_left_out_without_photo_consent(vault: Vault, interview: str) -> None:
    d = decision_after(vault, interview, {items.PHOTO_VIDEO: False}, "iiim")
    assert d.testimony and not d.witness_images


def test_own_organisation_follows_documentation_and_identity_items(vault: Vault,
                                                                   interview: str) -> None:
    d = decision_after(vault, interview, {items.IDENTITY_WITH_ORGANISATION: False},
                       items.OWN_ORGANISATION)
    assert d.testimony and not d.identity
    c = store.withdraw(vault, interview, [items.DOCUMENTATION_USE])
    d = policy.decide(c, items.OWN_ORGANISATION)
    assert not d.testimony and not d.audio


def test_recorder_follows_the_record_in_force(vault: Vault, interview: str) -> None:
    store.record(vault, draft(vault, interview))
    assert enforce.audio_allowed(vault.conn, interview)
    assert enforce.require_audio(vault.conn, interview).kind == "given"
    store.withdraw(vault, interview, [items.AUDIO_RECORDING])
    assert not enforce.audio_allowed(vault.conn, interview)


def test_each_withdrawal_narrows_what_leaves(vault: Vault, interview: str) -> None:
    store.record(vault, draft(vault, interview))
    steps = [([items.share_identity("icc")], (True, False, True)),
             ([items.AUDIO_RECORDING], (True, False, False)),
             ([items.share_testimony("icc")], (False, False, False))]
    for withdrawn, expected in steps:
        store.withdraw(vault, interview, withdrawn)
        d = enforce.decision(vault.conn, interview, "icc")
        assert (d.testimony, d.identity, d.audio) == expected, withdrawn
    assert enforce.decision(vault.conn, interview, "iiim").testimony
    store.withdraw(vault, interview)
    assert not enforce.decision(vault.conn, interview, "iiim").testimony


@pytest.fixture
def coordinator(tmp_path: Path) -> Vault:
    v, _ = unlock.create(tmp_path / "archive", "coordinator passphrase", owner="Coordinator",
                         role="coordinator", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    yield v
    v.close()


def _send(vault: Vault, consent_id: str) -> dict:
    """What travels: the change as JSON text (the packet layer signs and seals this)."""
    return json.loads(json.dumps(exchange.payload(vault.conn, consent_id)))


def _receive(vault: Vault, consent_id: str) -> exchange.Change:
    """The change as the archive takes it in: sent, then parsed as hostile input."""
    return exchange.parse(_send(vault, consent_id))


def _texts(docs: list[dict]) -> list[ShownText]:
    return [from_document(doc) for doc in docs]


def test_withdrawal_change_applies_in_the_coordinator_archive(vault: Vault, interview: str,
                                                               coordinator: Vault) -> None:
    store.record(vault, draft(vault, interview))
    bundles.add(coordinator, bundles.export(vault, interview))  # exported earlier
    assert enforce.decision(coordinator.conn, interview, "icc").testimony
    withdrawal = store.withdraw(vault, interview)
    assert exchange.changes_since(vault.conn, interview,
                                  store.history(vault.conn, interview)[0].id) == [withdrawal.id]
    assert exchange.apply(coordinator, _receive(vault, withdrawal.id), source="device 1")
    assert store.current(coordinator.conn, interview) == withdrawal
    for body in [items.OWN_ORGANISATION, *BODIES]:
        assert not enforce.decision(coordinator.conn, interview, body).testimony
    assert not exchange.apply(coordinator, _receive(vault, withdrawal.id))  # idempotent
    assert store.shown_text(coordinator.conn, withdrawal.text_hash) is not None


def test_changes_must_arrive_in_order(vault: Vault, interview: str,
                                     coordinator: Vault) -> None:
    store.record(vault, draft(vault, interview))
    bundles.add(coordinator, bundles.export(vault, interview))
    first = store.withdraw(vault, interview, [items.PUBLIC_REPORTS])
    second = store.withdraw(vault, interview)
    with pytest.raises(ConsentChainBroken, match="earlier changes first"):
        exchange.apply(coordinator, _receive(vault, second.id))
    exchange.apply(coordinator, _receive(vault, first.id))
    exchange.apply(coordinator, _receive(vault, second.id))
    assert store.current(coordinator.conn, interview).kind == "withdrawn"


def test_received_changes_are_parsed_as_hostile(vault: Vault, interview: str,
                                                coordinator: Vault) -> None:
    store.record(vault, draft(vault, interview))
    bundles.add(coordinator, bundles.export(vault, interview))
    change = _send(vault, store.withdraw(vault, interview).id)
    bad_text = json.loads(json.dumps(change))
    bad_text["text"]["closing"] = "Something else"
    altered = json.loads(json.dumps(change))
    altered["consent"]["id"] = store.history(vault.conn, interview)[0].id
    for payload in (bad_text, {**change, "extra": 1}, {**change, "format": "x"},
                    {**change, "consent": {**change["consent"], "kind": "granted"}}):
        with pytest.raises(InvalidRecord):
            exchange.apply(coordinator, exchange.parse(payload))
    with pytest.raises(ConsentChainBroken, match="differs"):
        exchange.apply(coordinator, exchange.parse(altered))
    assert store.current(coordinator.conn, interview).kind == "given"


def test_texts_travel_with_an_interview(vault: Vault, interview: str,
                                        coordinator: Vault) -> None:
    given = store.record(vault, draft(vault, interview, language="ckb"))
    bundles.add(coordinator, bundles.export(vault, interview))
    assert store.shown_text(coordinator.conn, given.text_hash) is None
    docs = json.loads(json.dumps(exchange.texts_for(vault.conn, interview)))
    assert exchange.add_texts(coordinator, _texts(docs)) == 1
    assert exchange.add_texts(coordinator, _texts(docs)) == 0
    assert store.shown_text(coordinator.conn, given.text_hash).language == "ckb"
    docs[0]["title"] = "changed"
    assert exchange.add_texts(coordinator, _texts(docs)) == 1  # kept under its own, other hash
    with pytest.raises(InvalidRecord):
        from_document({"format": "x"})
