"""Shared fixtures: real vaults on disk (cheap KDF chosen explicitly), the shared test material,
and Qt offscreen by default."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.vault import Vault

#: Shared fixtures of the packet tests (a field laptop and a coordinator that enrolled each other).
pytest_plugins = ["tests.packet_fixtures"]


def _patient_qtbot() -> None:
    """Conditions and signals are waited on, never slept; on a loaded machine (CI's 2 CPUs
    shared with a build) a background job may take longer than pytest-qt's default 5 s, so a
    wait that names no timeout allows 30 s. A passing wait returns as soon as it holds."""
    from pytestqt.qtbot import QtBot

    for wait in (QtBot.waitUntil, QtBot.waitSignal, QtBot.waitSignals):
        if wait.__kwdefaults__ is not None and "timeout" in wait.__kwdefaults__:
            wait.__kwdefaults__["timeout"] = 30_000


_patient_qtbot()

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PASSPHRASE = "correct horse battery staple"
#: The `testimony` command, run from source in a subprocess.
CLI = [sys.executable, "-m", "testimony_recorder.cli.main"]


def shared_path(*parts: str) -> Path:
    """A file in ../shared; a missing one fails the test loudly (never a skip)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"test material missing: {path} (../shared must sit beside the repo)")
    return path


@pytest.fixture
def shared() -> Path:
    return shared_path()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """An unlocked interviewer vault."""
    v, _ = unlock.create(vault_dir, PASSPHRASE, owner="Test Interviewer",
                         kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    try:
        yield v
    finally:
        v.close()


def example_bundle_data() -> dict:
    return json.loads((REPO / "docs" / "examples" / "interview.json").read_text("utf-8"))


@pytest.fixture
def example_bundle() -> bundle_mod.Bundle:
    return bundle_mod.parse(example_bundle_data())
