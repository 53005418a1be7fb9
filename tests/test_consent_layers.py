"""The consent code keeps the layers apart: a Qt-free core, a thin UI, ASCII sources."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

CORE = [*sorted((REPO / "recorder" / "consent").glob("*.py")),
        REPO / "cli" / "consent_commands.py",  # a front end, but one that needs no Qt
        REPO / "recorder" / "migrations" / "m003_consent.py"]
UI = sorted((REPO / "ui" / "consent").glob("*.py"))


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_consent_core_never_imports_qt() -> None:
    for path in CORE:
        bad = {n for n in imported(path) if n.split(".")[0] in ("PySide6", "shiboken6", "ui")
               or n.startswith("testimony_recorder.ui")}
        assert not bad, f"{path.name} imports {bad}"


def test_consent_core_imports_with_qt_unavailable() -> None:
    code = ("import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
            "from testimony_recorder.recorder.consent import flow, store, summary\n"
            "from testimony_recorder.recorder.consent import exchange, entry\n"
            "import testimony_recorder.cli.consent_commands\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_consent_ui_has_no_sql_or_cryptography() -> None:
    for path in UI:
        text = path.read_text("utf-8")
        assert "execute(" not in text and "sqlcipher" not in text, path.name
        assert not any(n.startswith("cryptography") for n in imported(path)), path.name


def test_sources_are_ascii() -> None:
    for path in [*CORE, *UI, *sorted((REPO / "tests").glob("test_consent_*.py")),
                 REPO / "tools" / "screenshot_consent.py"]:
        path.read_text("utf-8").encode("ascii")
