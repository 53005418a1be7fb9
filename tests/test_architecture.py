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


def imports(path: Path) -> list[str]:
    """Every module a file imports, at any depth (lazy imports inside functions included)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def test_core_never_imports_qt() -> None:
    for path in python_files("recorder"):
        for module in imports(path):
            assert not module.startswith(QT_MODULES), f"{path} imports {module}"


def test_core_imports_with_qt_unavailable() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "for name in ('PySide6', 'shiboken6'): sys.modules[name] = None\n"
        "import recorder\n"
        "for m in pkgutil.walk_packages(recorder.__path__, 'recorder.'):\n"
        "    importlib.import_module(m.name)\n"
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
    for path in python_files("recorder", "ui"):
        for module in imports(path):
            assert not module.startswith(NETWORK_MODULES), f"{path} imports {module}"
        assert "QNetwork" not in path.read_text("utf-8"), f"{path} uses Qt networking"


def test_python_sources_are_ascii() -> None:
    for path in python_files("recorder", "ui", "tests", "bench", "tools"):
        assert path.read_bytes().isascii(), f"{path} has non-ASCII characters"
