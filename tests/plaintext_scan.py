"""Scanning files for plaintext that must not be there: testimony fragments, names, identity
strings, in the encodings a program might have written them in."""

from __future__ import annotations

from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def secrets_of(data: dict) -> list[str]:
    """The strings of an interview (docs/examples/interview.json's shape) that only the vault
    may hold: identity fields, narrative fragments, person names, an incident description."""
    identity = data["identity"]
    strings = [identity["full_name"], *identity["other_names"], identity["phone"],
               identity["address"], identity["id_documents"][0]["number"]]
    narrative = data["testimonies"][0]["narrative"]
    strings += [narrative[i:i + 40] for i in range(0, len(narrative) - 40, 40)]
    strings += [p["name"] for p in data["persons"]]
    strings.append(data["incidents"][1]["description"][:40])
    return strings


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*")
            if p.is_file() and not p.is_symlink()]


def assert_absent(needles: list[str], *folders: Path) -> int:
    """No needle, in any of ENCODINGS, in any file under the folders; return bytes scanned."""
    encoded = [(n, n.encode(enc)) for n in needles for enc in ENCODINGS]
    scanned = 0
    for path in files_under(*folders):
        blob = path.read_bytes()
        scanned += len(blob)
        for needle, raw in encoded:
            assert raw not in blob, f"{needle[:30]!r} found in {path}"
    return scanned
