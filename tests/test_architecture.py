"""The promises the code layout makes: a Qt-free core, a thin UI, no network, ASCII sources."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "requests", "httpx", "ftplib",
                   "smtplib", "asyncio.streams", "xmlrpc")


def python_files(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (REPO / f).rglob("*.py"))


PACKAGE = "testimony_recorder"
#: Repository folder -> the package it installs as (setup.py maps them).
INSTALLED = {"recorder": f"{PACKAGE}.recorder", "ui": f"{PACKAGE}.ui", "cli": f"{PACKAGE}.cli"}


def package_of(path: Path) -> str:
    """The dotted package a source file belongs to, as installed."""
    relative = path.relative_to(REPO).with_suffix("")
    parts = list(relative.parts[:-1])  # a module and its package's __init__ share it
    if parts and parts[0] in INSTALLED:
        parts[0] = INSTALLED[parts[0]]
    return ".".join(parts)


def imports(path: Path, text: str | None = None) -> list[str]:
    """Every module a file imports, at any depth (lazy imports inside functions included),
    relative imports resolved to absolute names. `text` stands in for the file's own."""
    found = []
    source = path.read_text("utf-8") if text is None else text
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package_of(path).split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append(base)
            found += [f"{base}.{alias.name}" for alias in node.names]
    return found


def core_violations(path: Path, text: str | None = None) -> list[str]:
    """What a core file imports that the core must not: Qt, or a front end in any form."""
    banned = (INSTALLED["ui"], INSTALLED["cli"], "ui", "cli")
    return [m for m in imports(path, text) if m.split(".")[0] in QT_MODULES or
            any(m == b or m.startswith(b + ".") for b in banned)]


def test_core_never_imports_qt_or_a_front_end() -> None:
    for path in python_files("recorder"):
        assert core_violations(path) == [], f"{path} imports {core_violations(path)}"


def test_the_check_catches_every_form_of_a_front_end_import() -> None:
    """The test above would pass on a check that sees nothing; it must see each of these."""
    forms = ["import ui", "from ui import app", "from ui.app import main",
             f"import {PACKAGE}.ui.app", f"from {PACKAGE}.ui import app",
             f"from {PACKAGE} import ui", "from ...ui import app", "from ... import ui",
             f"from {PACKAGE}.cli.main import run", "from PySide6.QtCore import QObject",
             "def lazy():\n    from ui.audio import take"]
    two_deep = REPO / "recorder" / "packets" / "any_module.py"  # never written
    for form in forms:
        assert core_violations(two_deep, form + "\n"), f"not caught: {form!r}"
    assert core_violations(two_deep, "from ..vault import Vault\nimport json\n") == []


def test_sources_use_only_the_installed_names() -> None:
    """Bare `recorder` or `ui` imports would load a second copy of a module from the
    repository folder (and do not exist at all in an installed app)."""
    for path in python_files("recorder", "ui", "cli", "tests", "bench", "tools"):
        for module in imports(path):
            assert module.split(".")[0] not in INSTALLED, f"{path} imports {module}"


def test_core_imports_with_qt_unavailable() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "for name in ('PySide6', 'shiboken6'): sys.modules[name] = None\n"
        f"import {PACKAGE}.recorder as core\n"
        "for m in pkgutil.walk_packages(core.__path__, core.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "assert not [m for m in sys.modules if m.startswith(('"
        f"{PACKAGE}.ui', '{PACKAGE}.cli'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_ui_has_no_sql_or_cryptography() -> None:
    for path in python_files("ui"):
        text = path.read_text("utf-8")
        assert not re.search(r"\.execute(many)?\(", text), f"SQL in {path}"
        for module in imports(path):
            assert not module.startswith(("cryptography", "sqlcipher3", "sqlite3", "hashlib")), \
                f"{path} imports {module}"


def test_nothing_opens_a_socket() -> None:
    for path in python_files("recorder", "ui", "cli"):
        for module in imports(path):
            assert not module.startswith(NETWORK_MODULES), f"{path} imports {module}"
        assert "QNetwork" not in path.read_text("utf-8"), f"{path} uses Qt networking"


def test_python_sources_are_ascii() -> None:
    for path in python_files("recorder", "ui", "cli", "tests", "bench", "tools"):
        assert path.read_bytes().isascii(), f"{path} has non-ASCII characters"


#: The vault's thread is reached only through ui/runner.py; these were the other ways once.
OLD_PATHS = ("run_in_background", "run_with_progress", "with_session", "with_vault", "runner_for")
#: Threads of their own that never touch the vault: the recording's writer thread.
OTHER_THREADS = {"ui/audio/take.py"}


def test_one_way_to_the_vault_thread() -> None:
    """Screens call `runner.run(work, owner=..., ...)`; only the runner submits work to the
    vault's thread or makes the Job that reports it, and none of the old ways is left."""
    for path in python_files("ui", "tests", "tools", "bench"):
        where = str(path.relative_to(REPO))
        tree = ast.parse(path.read_text("utf-8"), where)
        for node in ast.walk(tree):
            names = ([node.id] if isinstance(node, ast.Name) else
                     [node.attr] if isinstance(node, ast.Attribute) else
                     [node.name.split(".")[-1], node.asname] if isinstance(node, ast.alias)
                     else [])
            for name in names:
                assert name not in OLD_PATHS, f"{where}:{node.lineno} uses {name}"
            if not (isinstance(node, ast.Call) and where.startswith("ui/")):
                continue
            called = ast.unparse(node.func)
            if called.endswith(".submit") and where not in OTHER_THREADS:
                assert where == "ui/runner.py", f"{where}:{node.lineno} submits {called}"
            if called == "Job":
                assert where == "ui/runner.py", f"{where}:{node.lineno} makes a Job"
            if called.endswith("session.run"):
                raise AssertionError(f"{where}:{node.lineno}: use session.runner.run")


def test_both_front_ends_drive_the_one_export_flow() -> None:
    """The wizard's pages and `testimony export` take the same ExportFlow's steps; neither
    plans or seals a packet by itself (they may use the plan's Scope and the seal's result)."""
    flow = f"{PACKAGE}.recorder.packets.export_flow"
    for front_end in ("cli/packet_commands.py", "ui/packets/export_wizard.py"):
        assert flow in imports(REPO / front_end), front_end
    banned = {"packets": {"plan", "writer"}, "packets.plan": {"build"},
              "packets.writer": {"seal"}}
    for path in python_files("ui", "cli"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and not node.level:
                module = (node.module or "").removeprefix(f"{PACKAGE}.recorder.")
                taken = {alias.name for alias in node.names} & banned.get(module, set())
                assert not taken, f"{path} plans or seals outside the flow: {taken}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.endswith(("packets.plan", "packets.writer")), path
