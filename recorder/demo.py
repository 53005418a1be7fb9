"""A throwaway vault full of clearly fictional interviews, for `--demo` and screenshots."""

from __future__ import annotations

import json
from pathlib import Path

from . import clock, kdf, unlock
from .bundled import resource
from .consent import bodies, templates
from .consent import store as consent_store
from .consent.signature import Signature
from .consent.store import ConsentDraft
from .consent.text import expand
from .model import bundle as bundle_mod
from .model.consent import Answer
from .model.testimony import FINALIZED
from .store import bundles, testimonies
from .vault import Vault

PASSPHRASE = "demo passphrase"  # noqa: S105 - printed on screen: the demo vault is not secret
#: `--demo` opens an interviewer's vault; `--demo coordinator` a coordinator's archive
#: (recorder.demo_archive).
ROLES = ("interviewer", "coordinator")


def sample_bundles() -> list[bundle_mod.Bundle]:
    text = resource("demo/interviews.json")
    return [bundle_mod.parse(d) for d in json.loads(text.read_text("utf-8"))["interviews"]]


def fill(vault: Vault) -> list[str]:
    """Add the sample interviews with a signed consent each."""
    ids = []
    for index, sample in enumerate(sample_bundles()):
        interview_id, final = add_sample(vault, sample, refuse_identity=index % 3 == 1)
        if final:
            testimonies.finalize(vault, interview_id)
        ids.append(interview_id)
    return ids


def add_sample(vault: Vault, sample: bundle_mod.Bundle, *,
               refuse_identity: bool = False) -> tuple[str, bool]:
    """Add one sample interview as a draft with its signed consent (finalizing comes after
    consent, as in the app); return its id and whether the sample was meant finalized."""
    final = _as_draft(sample)
    interview_id = bundles.add(vault, sample)
    language = sample.interview.languages[0] if sample.interview.languages else "en"
    _consent(vault, interview_id, language, refuse_identity=refuse_identity)
    return interview_id, final


def add_without_consent(vault: Vault, sample: bundle_mod.Bundle) -> str:
    """Add one sample interview, finalized as marked, with no consent record: the decoy vault
    (recorder.duress.decoy), whose media folder must stay as it is."""
    final = _as_draft(sample)
    interview_id = bundles.add(vault, sample)
    if final:
        testimonies.finalize(vault, interview_id)
    return interview_id


def _as_draft(sample: bundle_mod.Bundle) -> bool:
    """Turn the sample's final versions into drafts (they are finalized through the real code
    path afterwards); return whether there were any."""
    final = [t for t in sample.testimonies if t.status == FINALIZED]
    for t in final:
        t.status = "draft"
    return bool(final)


def _consent(vault: Vault, interview_id: str, language: str, *, refuse_identity: bool) -> None:
    """A consent signed on screen: yes to everything, or (for variety) no to sharing the
    identity with anyone outside the organisation."""
    shown = expand(templates.load("standard", language), bodies.active(vault.conn))
    answers = tuple(
        Answer(item=item, answer="no" if refuse_identity and item.startswith("share_identity")
               else "yes")
        for item in shown.item_ids)
    mark = Signature.of([[(10, 40), (40, 10), (70, 40), (100, 10)]], 120, 50)
    consent_store.record(vault, ConsentDraft(
        interview_id=interview_id, text=shown, answers=answers, method="mark", proof=mark,
        attested_by=vault.owner, given_at=clock.now()))


def create(path: Path) -> Vault:
    """A new demo vault at `path`, filled and unlocked. Cheap KDF on purpose: it is throwaway."""
    vault, _ = unlock.create(path, PASSPHRASE, owner="Demo Interviewer",
                             kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    fill(vault)
    return vault
