"""Front ends, tools, benchmarks and test helpers trust a key through the public step
(recorder.trusting.trust_key_file), which also takes a coordinator's linkage key, never through
recorder.keys.trust.trust, which would skip it. Only the core and the trust module's own tests
call the latter."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {Path("tests/test_keys.py")}  # the trust module's own unit tests


def _calls_trust_directly(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "trust" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "trust"):
            return True
    return False


def test_only_the_core_calls_keys_trust_directly() -> None:
    offenders = [str(p.relative_to(ROOT)) for folder in ("ui", "cli", "tools", "bench", "tests")
                 for p in sorted((ROOT / folder).rglob("*.py"))
                 if p.relative_to(ROOT) not in ALLOWED and _calls_trust_directly(p)]
    assert not offenders, f"call recorder.trusting.trust_key_file instead: {offenders}"
