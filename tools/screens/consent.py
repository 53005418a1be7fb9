"""Consent screens: witness mode in the witness's language, the consent history, the
organisation's recordings and the paper summary (tools/screenshot_consent.py draws them; run
it alone for English, Arabic and Sorani at once)."""

from __future__ import annotations

from pathlib import Path

import screenshot_consent


def capture(outdir: Path, language: str) -> None:
    screenshot_consent.capture_languages(outdir / "consent", [language])
