"""Translation catalogs: current with the code, compiled, and faithful to placeholders."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

import pytest

from recorder.preferences import LANGUAGES

from .conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import translations as tools

PLACEHOLDER = re.compile(r"%(?:\d|n|Ln)")


def test_catalogs_and_compiled_files_are_current() -> None:
    assert tools.stale() == [], "run: python tools/translations.py update"


def test_every_language_has_a_catalog() -> None:
    assert set(tools.LANGUAGES) == set(LANGUAGES)


def finished(language: str) -> list[tuple[str, list[str]]]:
    """(source, translated forms) of every finished message of a catalog."""
    root = ET.parse(tools.catalog(language)).getroot()  # noqa: S314 - our own file
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        found.append((message.findtext("source") or "", forms))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_the_source(language: str) -> None:
    for source, forms in finished(language):
        expected = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            found = sorted(PLACEHOLDER.findall(form))
            assert found == expected, f"{language}: {form!r} has {found}, source {expected}"


def test_english_plurals_are_filled() -> None:
    plurals = [forms for source, forms in finished("en") if "%n" in source]
    assert plurals and all(len(forms) == 2 and all(forms) for forms in plurals)


def test_ui_never_puts_formatting_inside_tr() -> None:
    """tr() gets literal text; values go in through %1/%n, never f-strings or concatenation."""
    bad = re.compile(r"""\btr\(\s*f["']|\btr\([^)]*["']\s*\+|translate\([^)]*,\s*f["']""")
    for path in (REPO / "ui").rglob("*.py"):
        text = path.read_text("utf-8")
        assert not bad.search(text), f"formatted text inside tr() in {path}"
