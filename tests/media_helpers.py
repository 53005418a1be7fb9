"""Helpers shared by the media tests: an interview to attach to, and plaintext scanning."""

from __future__ import annotations

import os
from pathlib import Path

from testimony_recorder.recorder.store import bundles
from testimony_recorder.recorder.vault import Vault

WINDOW = 64


def add_interview(vault: Vault, example_bundle: object) -> str:
    return bundles.add(vault, example_bundle)  # type: ignore[arg-type]


def allow_recording(vault: Vault, interview_id: str) -> None:
    """A signed consent that allows audio recording (the recorder refuses to start without
    one). Its proof, a signature image, is an attachment of the interview too."""
    from .packet_helpers import FULL_OWN, give_consent

    give_consent(vault, interview_id, FULL_OWN)


def windows(data: bytes, count: int = 8) -> list[bytes]:
    """64-byte windows spread over `data` (start, end and evenly between)."""
    if len(data) <= WINDOW:
        return [data]
    step = max(1, (len(data) - WINDOW) // max(1, count - 1))
    return [data[i : i + WINDOW] for i in range(0, len(data) - WINDOW + 1, step)][:count]


def files_under(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            found.extend(Path(root) / n for n in names)
    return found


def leaks(folders: list[Path], needles: list[bytes]) -> list[str]:
    """Every (file, needle index) where a plaintext window was found."""
    hits = []
    for path in files_under(*folders):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for i, needle in enumerate(needles):
            if needle in data:
                hits.append(f"{path} holds window {i}")
    return hits
