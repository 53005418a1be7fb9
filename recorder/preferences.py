"""The few preferences needed before a vault is unlocked (the interface language and its digits),
kept in a small file outside the vault. Nothing about testimony, witnesses or recent files goes
here: everything else lives inside the encrypted vault (recorder.settings)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_config_dir

from .fsutil import atomic_write, private_dir
from .i18n import PSEUDO

LANGUAGES = ("en", "ar", "ckb", "ku", "fr", "tr")
#: What may be stored: the languages offered, and the developers' pseudo-locale.
STORABLE = (*LANGUAGES, PSEUDO)


#: Digits shown in the interface: as the language writes them, Latin, or Arabic-Indic.
DIGITS = ("auto", "latn", "arab")


@dataclass
class Preferences:
    language: str = "en"
    digits: str = "auto"


def default_path() -> Path:
    return Path(user_config_dir("TestimonyRecorder", appauthor=False)) / "preferences.json"


def load(path: Path) -> Preferences:
    """Missing or unreadable preferences are not an error: defaults are safe."""
    try:
        data = json.loads(path.read_text("utf-8"))
        language, digits = data.get("language"), data.get("digits")
        return Preferences(language=language if language in STORABLE else "en",
                           digits=digits if digits in DIGITS else "auto")
    except (OSError, ValueError, AttributeError):
        return Preferences()


def save(path: Path, prefs: Preferences) -> None:
    private_dir(path.parent)
    atomic_write(path, json.dumps(asdict(prefs)).encode("utf-8"))
