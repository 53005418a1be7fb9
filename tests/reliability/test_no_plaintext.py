"""No plaintext: after the whole workflow (identity, consent, media, a recording, search,
export, import into the coordinator's vault, receipts), no file the app wrote or could write
holds a canary string, in English or Arabic, in UTF-8 or UTF-16, nor any 64-byte stretch of
the media. Scanned: both vault folders, the packets and receipt, TMPDIR, HOME with its config,
cache and data folders (where Qt and every library keep settings and caches).
(Replaces tests/test_no_plaintext.py, which scanned one vault after a command-line cycle.)
"""

from __future__ import annotations

from pathlib import Path

from .tally import count
from .workflow import CANARIES, Workspace, found_windows, windows


def scanned_files(ws: Workspace) -> list[Path]:
    return [p for p in ws.root.rglob("*") if p.is_file() and not p.is_symlink()]


def test_no_canary_and_no_media_anywhere(traced_workflow: tuple[Workspace, dict]) -> None:
    ws, done = traced_workflow
    files = scanned_files(ws)
    assert any(p.parent == ws.field / "media" for p in files)  # the scan sees the stores
    needles = [(c, c.encode(enc)) for c in CANARIES for enc in ("utf-8", "utf-16-le",
                                                               "utf-16-be")]
    wanted: set[bytes] = set()
    for media in done["media"]:
        wanted |= windows(media.read_bytes())
    scanned = 0
    for path in files:
        blob = path.read_bytes()
        scanned += len(blob)
        for canary, raw in needles:
            assert raw not in blob, f"{canary!r} in {path}"
        assert found_windows(blob, wanted) == 0, f"media bytes in {path}"
    folders = sorted({str(p.parent.relative_to(ws.root)) for p in files})
    count("no plaintext", files_scanned=len(files), bytes_scanned=scanned,
          canaries=len(CANARIES), media_windows=len(wanted), folders=len(folders),
          commands_run=len(ws.ran), canaries_found=0, media_windows_found=0)
