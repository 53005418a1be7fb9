"""The core's modules import one another in one direction only.

A cycle, even through an import inside a function or one made for type checking only, means a
concept split over two modules or a step in the wrong layer: the vault used to recover
recordings while opening, so the vault, the device keys, crash recovery and the recording sink
all imported one another. Unlocking now sits above them (recorder/unlock.py).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from .conftest import REPO
from .test_architecture import INSTALLED, python_files

CORE = INSTALLED["recorder"]
#: The modules that were in a circle before the unlock step moved above the vault.
ONCE_IN_A_CIRCLE = ("vault", "keys.device", "media.recovery", "media.recording")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO / "recorder").with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([CORE, *parts])


def core_graph() -> dict[str, set[str]]:
    """Module -> the core modules it imports, at any depth of its code."""
    files = {module_name(p): p for p in python_files("recorder")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names if alias.name in files}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:  # a submodule by name, else a name from `base`
                    target = f"{base}.{alias.name}"
                    found.add(target if target in files else base)
        graph[name] = {m for m in found if m in files and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = [stack.pop()]
            while group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_core_has_no_import_cycle() -> None:
    graph = core_graph()
    assert len(graph) > 100 and all(f"{CORE}.{m}" in graph for m in ONCE_IN_A_CIRCLE)
    assert cycles(graph) == []


def test_the_check_sees_a_cycle() -> None:
    """The test above would pass on a check that sees nothing."""
    graph = core_graph()
    vault, recovery = f"{CORE}.vault", f"{CORE}.media.recovery"
    graph[vault] = graph[vault] | {recovery}  # the lazy import the vault once had
    assert any(vault in group and recovery in group for group in cycles(graph))
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_each_once_circular_module_imports_first_in_a_fresh_interpreter() -> None:
    for name in ONCE_IN_A_CIRCLE:
        done = subprocess.run([sys.executable, "-c", f"import {CORE}.{name}"], cwd=REPO,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
