"""A throwaway vault full of clearly fictional interviews, for `--demo` and screenshots."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from . import kdf
from .model import bundle as bundle_mod
from .model.testimony import FINALIZED
from .store import bundles, testimonies
from .vault import Vault

PASSPHRASE = "demo passphrase"  # noqa: S105 - printed on screen: the demo vault is not secret


def sample_bundles() -> list[bundle_mod.Bundle]:
    text = resources.files("recorder.resources").joinpath("demo/interviews.json")
    return [bundle_mod.parse(d) for d in json.loads(text.read_text("utf-8"))["interviews"]]


def fill(vault: Vault) -> list[str]:
    """Add the sample interviews; finalize those marked so (through the real code path)."""
    ids = []
    for sample in sample_bundles():
        final = [t for t in sample.testimonies if t.status == FINALIZED]
        for t in final:
            t.status = "draft"
        interview_id = bundles.add(vault, sample)
        if final:
            testimonies.finalize(vault, interview_id)
        ids.append(interview_id)
    return ids


def create(path: Path) -> Vault:
    """A new demo vault at `path`, filled and unlocked. Cheap KDF on purpose: it is throwaway."""
    vault, _ = Vault.create(path, PASSPHRASE, owner="Demo Interviewer",
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    fill(vault)
    return vault
