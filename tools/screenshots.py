"""Screenshots of every screen, in English and Arabic (or the languages given), offscreen.

    python tools/screenshots.py [--out screenshots] [--languages en ar qps]

"qps" is the pseudo-locale: every string longer and bracketed, laid out right to left, so that
clipped text shows as a missing "]".

Uses a throwaway demo vault with fictional data. Each part of the app that has screens of its
own provides `capture(outdir, language)` in tools/screens/<part>.py; this script runs them all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(REPO / "screenshots"))
    parser.add_argument("--languages", nargs="+", default=["en", "ar"])
    parser.add_argument("--only", help="run only tools/screens/<ONLY>.py")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    import screens

    names = [m.name for m in pkgutil.iter_modules(screens.__path__)]
    for language in args.languages:
        for name in sorted(names):
            if args.only and name != args.only:
                continue
            outdir = Path(args.out) / language
            outdir.mkdir(parents=True, exist_ok=True)
            module = importlib.import_module(f"screens.{name}")
            if not hasattr(module, "capture"):
                continue  # a helper module, not a set of screens
            module.capture(outdir, language)
            print(f"{language}: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
