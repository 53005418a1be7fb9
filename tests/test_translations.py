"""Translation catalogs: current with the code, compiled, and faithful to placeholders."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from testimony_recorder.recorder.preferences import LANGUAGES

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


def test_ui_never_hides_texts_from_lupdate_behind_a_helper() -> None:
    """translate(context, text) inside a helper taking `text` means lupdate never sees the
    strings: they are missing from every catalog and always shown in English."""
    for path in (REPO / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            parameters = {a.arg for a in function.args.args + function.args.kwonlyargs}
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or len(call.args) < 2:
                    continue
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                text = call.args[1]
                assert not (name == "translate" and isinstance(text, ast.Name)
                            and text.id in parameters), f"{path}:{call.lineno}"


def _literal_texts(path: Path) -> list[tuple[int, str | None, str]]:
    """(line, context, text) of every tr/translate/QT_TRANSLATE_NOOP call with a literal text;
    context None where it is not known statically (tr() on an object other than self)."""
    found: list[tuple[int, str | None, str]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = getattr(func, "attr", getattr(func, "id", ""))
                args = [a.value if isinstance(a, ast.Constant) else None for a in child.args]
                if name == "tr" and args and isinstance(args[0], str):
                    owner = getattr(func, "value", None)
                    is_self = isinstance(owner, ast.Name) and owner.id == "self"
                    found.append((child.lineno, cls if is_self else None, args[0]))
                elif (name in ("translate", "QT_TRANSLATE_NOOP") and len(args) > 1
                      and isinstance(args[0], str) and isinstance(args[1], str)):
                    found.append((child.lineno, args[0], args[1]))
            visit(child, cls)

    visit(ast.parse(path.read_text("utf-8")), None)
    return found


def test_every_literal_text_in_ui_reaches_the_catalogs() -> None:
    """pyside6-lupdate silently skips some calls (translate(..., n) with a computed count), and
    files parent.tr() under a context named "parent" while Qt looks it up under the parent's
    class at run time: either way the text is shown in English. Every literal text must be in
    the catalogs under the context Qt will ask for."""
    known = tools.messages(tools.catalog("en"))
    known_pairs = {(context, source) for context, source, _ in known}
    problems = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        for line, context, text in _literal_texts(path):
            where = f"{path.relative_to(REPO)}:{line}"
            if context is None:
                problems.append(f"{where}: tr() on another object, context unknown: {text!r}")
            elif (context, text) not in known_pairs:
                problems.append(f"{where}: ({context}, {text!r}) is not in the catalogs")
    assert not problems, "\n".join(problems)


def test_update_keeps_sorani_translations_and_adds_new_strings(tmp_path: Path) -> None:
    """lupdate refuses to update a ckb catalog that holds translations; update() must still
    bring it in step with the code without losing work."""
    for language in tools.LANGUAGES:
        shutil.copy(tools.catalog(language), tools.catalog(language, tmp_path))
    path = tools.catalog("ckb", tmp_path)
    tree = ET.parse(path)  # noqa: S314 - our own file
    context = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "UnlockPage")
    gone = next(m for m in context.iter("message") if m.findtext("source") == "Unlock")
    context.remove(gone)  # as if "Unlock" had just been added to the code
    tree.write(path, encoding="utf-8", xml_declaration=True)
    finished_before = {source: forms for source, forms in finished("ckb")}

    tools.update(tmp_path)

    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    back = [m for c in root.iter("context") if c.findtext("name") == "UnlockPage"
            for m in c.iter("message") if m.findtext("source") == "Unlock"]
    assert len(back) == 1
    assert back[0].find("translation").get("type") == "unfinished"
    after = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation.get("type") is None:
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""]
            after[message.findtext("source") or ""] = forms
    assert after == {s: f for s, f in finished_before.items() if s in after}
    assert len(after) >= len(finished_before) - 1
