"""Every failure and notice the core reports has a unique code, declared parameters, and wording
of its own in the app that names those parameters, translated in every language (no English
fallback for a person reading another language)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from testimony_recorder import cli, recorder, ui
from testimony_recorder.recorder.errors import (
    PARAM_TYPES,
    Coded,
    DiskFull,
    EmptyFile,
    Notice,
    RecorderError,
    UnsupportedMedia,
    VaultExists,
)
from testimony_recorder.recorder.packets import notices
from testimony_recorder.recorder.packets.errors import AttachmentTooLarge, InterviewVanished
from testimony_recorder.recorder.packets.report import Report
from testimony_recorder.ui import messages
from testimony_recorder.ui.i18n import isolate
from testimony_recorder.ui.packets.import_report import ImportReportText

from .conftest import REPO

TRANSLATED = ("ar", "ckb", "ku", "fr", "tr")
PLACEHOLDER = re.compile(r"%(\d)")


def _subclasses(base: type) -> list[type[Coded]]:
    found, stack = [], [base]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found


def declared_classes() -> list[type[Coded]]:
    """Every error and notice class a front end could meet, base classes (families) left out."""
    # ui/ and cli/ too: the app declares a few errors of its own (the player's TooLargeToPlay),
    # and a class is found only once its module is imported.
    for package in (recorder, ui, cli):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    return [c for base in (RecorderError, Notice) for c in _subclasses(base) if not c.family]


CLASSES = declared_classes()


def test_codes_are_unique_and_well_formed() -> None:
    seen: dict[str, str] = {}
    for cls in CLASSES:
        where = f"{cls.__module__}.{cls.__qualname__}"
        assert re.fullmatch(r"[a-z][a-z0-9_]{1,62}", cls.code), f"{where}: code {cls.code!r}"
        assert cls.code not in seen, f"{where} and {seen[cls.code]} share code {cls.code!r}"
        seen[cls.code] = where
    assert {"disk_full", "cannot_write", "packet_missing"} <= set(seen)


def test_family_classes_have_no_code() -> None:
    """Bases meant for `except` only carry no code, so none can be shown as if it were one."""
    families = [c for base in (RecorderError, Notice) for c in _subclasses(base) if c.family]
    assert families and all(c.code == "" for c in families)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.code)
def test_parameters_are_declared_and_plain(cls: type[Coded]) -> None:
    types = cls.declared()
    assert all(t in PARAM_TYPES for t in types.values()), f"{cls.code}: {types}"
    named = {f for _, f, _, _ in string.Formatter().parse(cls.english) if f}
    assert named == set(types), f"{cls.code}: english names {named}, declared {set(types)}"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.code)
def test_wording_names_declared_parameters(cls: type[Coded]) -> None:
    wording = messages._TEXTS.get(cls.code)
    assert wording is not None, f"add wording to ui/messages.py for {cls.code}"
    unknown = set(wording.params) - set(cls.names())
    assert not unknown, f"{cls.code}: wording names {unknown}, not declared by {cls.__name__}"
    assert "detail" not in wording.params, f"{cls.code}: technical English in a translation"
    used = sorted(int(n) for n in PLACEHOLDER.findall(str(wording.text)))
    assert used == list(range(1, len(wording.params) + 1)), (
        f"{cls.code}: placeholders {used} for parameters {wording.params}")


def test_no_wording_for_a_code_nobody_declares() -> None:
    stale = sorted(set(messages._TEXTS) - {c.code for c in CLASSES})
    assert not stale, f"remove from ui/messages.py: {stale}"


def _catalog(language: str) -> dict[str, ET.Element]:
    root = ET.parse(REPO / "translations" / f"testimony_{language}.ts").getroot()  # noqa: S314 - our own file
    return {m.findtext("source") or "": m for c in root.iter("context")
            if c.findtext("name") == "Messages" for m in c.iter("message")}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_wording_is_translated(language: str) -> None:
    """A finished translation, with the same placeholders, for every code's wording."""
    catalog = _catalog(language)
    problems = []
    for code, wording in sorted(messages._TEXTS.items()):
        source = str(wording.text)
        message = catalog.get(source)
        translation = None if message is None else message.find("translation")
        if translation is None or translation.get("type") is not None or not translation.text:
            problems.append(f"{code}: not translated: {source!r}")
        elif sorted(PLACEHOLDER.findall(translation.text)) != sorted(
                PLACEHOLDER.findall(source)):
            problems.append(f"{code}: placeholders differ in {translation.text!r}")
    assert not problems, f"{len(problems)} in {language}:\n" + "\n".join(problems)


# -- what the app shows ---------------------------------------------------------------------


def test_wording_fills_the_named_parameters(qapp) -> None:  # type: ignore[no-untyped-def]
    assert isolate("statement.mp3") in messages.describe(EmptyFile("statement.mp3"))
    assert isolate("/tmp/x") in messages.describe(VaultExists(Path("/tmp/x")))
    assert isolate("/media/stick") in messages.describe(DiskFull(Path("/media/stick")))


def test_technical_english_never_reaches_the_app(qapp) -> None:  # type: ignore[no-untyped-def]
    error = UnsupportedMedia("statement.xyz", "unknown header 7f45")
    assert "7f45" in error.message
    assert "7f45" not in messages.describe(error)


def test_a_value_is_never_filled_in_twice(qapp) -> None:  # type: ignore[no-untyped-def]
    text = messages.describe(notices.PacketsMissing(4, 5, "%4 %1", "AB12"))
    assert isolate("%4 %1") in text and isolate("AB12") in text


def test_notices_are_worded_with_their_numbers(qapp) -> None:  # type: ignore[no-untyped-def]
    text = messages.describe(notices.gap(3, 3, "Field team", "AB12"))
    assert isolate("3") in text and isolate("Field team") in text
    assert isinstance(notices.gap(3, 4, "x", "y"), notices.PacketsMissing)


def test_an_undeclared_failure_gets_a_general_sentence(qapp) -> None:  # type: ignore[no-untyped-def]
    text = messages.describe(KeyError("x"))
    assert "KeyError" in text and "report this problem" in text


def test_the_import_report_is_worded_by_the_app(qapp) -> None:  # type: ignore[no-untyped-def]
    gap = notices.gap(2, 4, "Field team", "AB12")
    report = Report(packet_id="P5", file="p5.tpk", size=1, sender="AB12",
                    sender_name="Field team", created_at="", sequence=5,
                    previous_packet_id=None, encryption="x25519", manifest_sha256="",
                    imported=True, custody=notices.CustodyUnlinked(2, 4), warnings=[gap])
    text = ImportReportText().paragraph(report)
    assert messages.describe(report.custody) in text and messages.describe(gap) in text
    assert gap.message not in text and isolate("Field team") in text
    rewritten = notices.CustodyRewritten(3)
    report.custody, report.warnings = rewritten, [rewritten]
    assert ImportReportText().paragraph(report).count(messages.describe(rewritten)) == 1


# -- what the command line prints -----------------------------------------------------------


def test_english_and_json_come_from_code_and_params() -> None:
    error = DiskFull(Path("/media/stick"))
    assert str(error) == error.message == ("The disk holding /media/stick is full. Nothing was "
                                           "saved by this step; free some space and try again.")
    assert error.as_json() == {"code": "disk_full", "params": {"path": "/media/stick"},
                               "message": error.message}
    gap = notices.gap(4, 5, "Field team", "AB12")
    assert gap.as_json()["params"] == {"first": 4, "last": 5, "sender_name": "Field team",
                                       "sender": "AB12"}
    assert gap.message == "packets 4\u20135 from Field team (device AB12) are missing"


def test_a_vanished_interview_is_not_a_size_problem() -> None:
    assert InterviewVanished("3f2a").code != AttachmentTooLarge("a1").code
    assert "3f2a" in InterviewVanished("3f2a").message


def test_a_declaration_that_does_not_match_fails_at_import() -> None:
    with pytest.raises(TypeError, match="names"):
        class _Wrong(RecorderError):
            code = "wrong_declaration"
            english = "The disk holding {path} is full."
            name: str
    with pytest.raises(TypeError, match="needs a code"):
        class _Nameless(RecorderError):
            english = "Something."
