"""Keep the Qt translation catalogs in step with the code.

    python tools/translations.py update    # refresh translations/*.ts from ui/ (keeps work done)
    python tools/translations.py compile   # translations/*.ts -> translations/*.qm
    python tools/translations.py check     # exit 1 if a catalog or a compiled file is stale

The catalogs carry no source locations, so a line moving in the code does not change them;
only new, changed or removed strings do. tests/test_translations.py runs the same check.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATALOGS = REPO / "translations"
LANGUAGES = ("en", "ar", "ckb", "ku", "fr", "tr")


def tool(name: str) -> str:
    """The PySide6 tool beside the running interpreter (works in any venv)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install the project (./dev setup)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))


def catalog(language: str, folder: Path = CATALOGS) -> Path:
    return folder / f"testimony_{language}.ts"


def update(folder: Path = CATALOGS) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
             "-source-language", "en", "-target-language", language,
             "-ts", str(catalog(language, folder))],
            cwd=REPO, check=True, stdout=subprocess.DEVNULL,
        )
    fill_english_plurals(folder)


def fill_english_plurals(folder: Path = CATALOGS) -> None:
    """English needs a catalog only for plurals: "%n file(s)" becomes "%n file" / "%n files"."""
    path = catalog("en", folder)
    tree = ET.parse(path)  # noqa: S314 - our own file
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        if len(forms) == 2 and "(s)" in source:
            forms[0].text = source.replace("(s)", "")
            forms[1].text = source.replace("(s)", "s")
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_all(folder: Path = CATALOGS, out: Path = CATALOGS) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(catalog(language, folder)),
             "-qm", str(out / f"testimony_{language}.qm")],
            cwd=REPO, check=True,
        )


def messages(path: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every message in a catalog."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def stale() -> list[str]:
    """Human-readable reasons the committed catalogs or compiled files are out of date."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for language in LANGUAGES:
            if catalog(language).exists():
                shutil.copy(catalog(language), catalog(language, fresh))
        update(fresh)
        compile_all(CATALOGS, fresh)
        for language in LANGUAGES:
            if not catalog(language).exists():
                problems.append(f"{catalog(language).name} is missing")
                continue
            if messages(catalog(language)) != messages(catalog(language, fresh)):
                problems.append(f"{catalog(language).name} does not match the code")
            qm = CATALOGS / f"testimony_{language}.qm"
            if not qm.exists() or qm.read_bytes() != (fresh / qm.name).read_bytes():
                problems.append(f"{qm.name} is not compiled from the current catalog")
    return problems


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
        compile_all()
    elif command == "compile":
        compile_all()
    elif command == "check":
        problems = stale()
        for problem in problems:
            print(problem)
        if problems:
            print("run: python tools/translations.py update")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
