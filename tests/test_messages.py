"""Every failure the core can report has wording of its own in the app (no English fallback
for a person reading another language)."""

from __future__ import annotations

import importlib
import pkgutil

from testimony_recorder import recorder, ui
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.ui import messages

#: Base classes never raised themselves, and the command line's own usage error.
NOT_SHOWN = {"error", "packet_error", "export_error", "receipt_error", "usage",
             "case_export_error"}


def all_codes() -> set[str]:
    # ui/ too: the app raises a few errors of its own (the player's TooLargeToPlay), and they
    # would otherwise be found only when another test happened to import them first.
    for package in (recorder, ui):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    found, stack = set(), [RecorderError]
    while stack:
        cls = stack.pop()
        found.add(cls.code)
        stack.extend(cls.__subclasses__())
    return found - NOT_SHOWN


def test_every_error_code_has_wording() -> None:
    missing = sorted(all_codes() - set(messages._TEXTS))
    assert not missing, f"add wording to ui/messages.py for: {missing}"


def test_wording_names_the_subject(qapp) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from testimony_recorder.recorder.errors import EmptyFile, VaultExists

    assert "statement.mp3" in messages.describe(EmptyFile("statement.mp3"))
    assert "/tmp/x" in messages.describe(VaultExists(Path("/tmp/x")))
