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


# lupdate has no plural rules for these languages, and so refuses to touch their catalogs once
# they hold translations ("target language is not recognized"), leaving them silently stale.
# They are regenerated empty and the finished translations merged back in (see _merge_update).
NOT_RECOGNIZED_BY_LUPDATE = ("ckb",)
Key = tuple[str, str, str]  # (context, source, comment): what identifies a message


def lupdate(path: Path, language: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", language, "-ts", str(path)],
        cwd=REPO, check=True, stdout=subprocess.DEVNULL,
    )


def update(folder: Path = CATALOGS) -> None:
    for language in LANGUAGES:
        if language in NOT_RECOGNIZED_BY_LUPDATE:
            _merge_update(catalog(language, folder), language)
        else:
            lupdate(catalog(language, folder), language)
    fill_english_plurals(folder)


def _merge_update(path: Path, language: str) -> None:
    """lupdate into an empty catalog, then carry over the translations of unchanged messages."""
    done: dict[Key, ET.Element] = {}
    if path.exists():
        for key, translation in _translations(ET.parse(path)):  # noqa: S314 - our own file
            if translation.get("type") is None:
                done[key] = translation
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / path.name
        lupdate(fresh, language)
        tree = ET.parse(fresh)  # noqa: S314 - just written by lupdate
    for key, new in _translations(tree):
        old = done.get(key)
        if old is None:
            continue
        forms = [f.text for f in old.findall("numerusform")]
        slots = new.findall("numerusform")
        if len(forms) != len(slots):
            continue  # plural rules changed: leave it unfinished for a translator
        for slot, text in zip(slots, forms, strict=True):
            slot.text = text
        if not slots:
            new.text = old.text
        new.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _translations(tree: ET.ElementTree[ET.Element]) -> list[tuple[Key, ET.Element]]:
    """((context, source, comment), <translation>) of every message of a catalog."""
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found.append((key, translation))
    return found


def fill_english_plurals(folder: Path = CATALOGS) -> None:
    """English needs a catalog only for plurals: "%n file(s)" becomes "%n file" / "%n files".
    Only new (unfinished) plurals are filled: where "(s)" alone does not make good English
    ("%n recording(s) were ... They are"), the forms written by hand in the catalog stay."""
    path = catalog("en", folder)
    tree = ET.parse(path)  # noqa: S314 - our own file
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
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
