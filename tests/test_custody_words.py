"""Every custody action the core can write has a label people can read.

The codes are read from the core's sources (the first argument of `vault.log`, the action of
`store.changes.recorded`, every `action=` argument or default, and `action = "..."`), so a new
code without a label fails here rather than showing up raw in the provenance view.
"""

from __future__ import annotations

import ast
from pathlib import Path

from testimony_recorder.recorder.model.consent import KINDS
from testimony_recorder.recorder.store.parts import TABLES
from testimony_recorder.ui.custody_words import ACTIONS, action_text

CORE = Path(__file__).resolve().parent.parent / "recorder"

#: How each action built from an f-string is completed (the values its placeholder takes).
TEMPLATES = {
    "f'{table}_created'": [f"{t}_created" for t in TABLES.values()],
    "f'{table}_updated'": [f"{t}_updated" for t in TABLES.values()],
    "f'{table}_deleted'": [f"{t}_deleted" for t in TABLES.values()],
    "f'consent_{consent.kind}'": [f"consent_{k}" for k in KINDS],
}


def _codes(node: ast.expr | None) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _codes(node.body) + _codes(node.orelse)
    if isinstance(node, ast.JoinedStr):
        source = ast.unparse(node)
        assert source in TEMPLATES, f"custody action {source} is built in a new way"
        return TEMPLATES[source]
    return []


def _written(node: ast.AST) -> list[str]:
    found: list[str] = []
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "log" and node.args:
            found += _codes(node.args[0])
        if name == "recorded" and len(node.args) > 1:
            found += _codes(node.args[1])
        found += [c for kw in node.keywords if kw.arg == "action" for c in _codes(kw.value)]
    elif isinstance(node, ast.Assign):
        if any(isinstance(t, ast.Name) and t.id == "action" for t in node.targets):
            found += _codes(node.value)
    elif isinstance(node, ast.FunctionDef):
        args = node.args
        positional = [*args.posonlyargs, *args.args]
        pairs = [*zip(positional[len(positional) - len(args.defaults):], args.defaults,
                      strict=True),
                 *zip(args.kwonlyargs, args.kw_defaults, strict=True)]
        found += [c for arg, default in pairs if arg.arg == "action" for c in _codes(default)]
    return found


def core_actions() -> dict[str, str]:
    """Each action code the core writes, with a file that writes it."""
    codes: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for code in _written(node):
                codes.setdefault(code, str(path.relative_to(CORE)))
    return codes


def test_the_scan_finds_the_core_actions() -> None:
    codes = core_actions()
    for expected in ("packet_imported", "identity_revealed", "perpetrators_merged",
                     "interview_added", "person_created", "consent_withdrawn"):
        assert expected in codes


def test_every_core_action_has_a_label() -> None:
    missing = {code: where for code, where in core_actions().items() if code not in ACTIONS}
    assert not missing, f"custody actions without a label in ui/custody_words.py: {missing}"


def test_labels_are_words_and_unknown_codes_stay_visible(qapp: object) -> None:
    assert action_text("packet_imported") == "Packet imported"
    assert action_text("identity_revealed") == "Witness identity revealed"
    assert action_text("from_a_newer_device") == "from_a_newer_device"
    assert all(action_text(code) != code for code in ACTIONS)
