"""No plaintext: after the whole workflow (identity, consent, media, a recording, search,
export, import into the coordinator's vault, receipts), no file the app wrote or could write
holds a canary string, in English or Arabic, in UTF-8 or UTF-16, nor any 64-byte stretch of
the media. Scanned: both vault folders, the packets and receipt, TMPDIR, HOME with its config,
cache and data folders (where Qt and every library keep settings and caches).
(Replaces tests/test_no_plaintext.py, which scanned one vault after a command-line cycle.)
"""

from __future__ import annotations

from ..plaintext_scan import assert_absent, files_under, secrets_of
from .tally import count
from .workflow import CANARIES, Workspace, canary_interview, found_windows, windows


def test_no_canary_and_no_media_anywhere(traced_workflow: tuple[Workspace, dict]) -> None:
    ws, done = traced_workflow
    files = files_under(ws.root)
    assert any(p.parent == ws.field / "media" for p in files)  # the scan sees the stores
    needles = [*CANARIES, *secrets_of(canary_interview())]
    scanned = assert_absent(needles, ws.root)
    wanted: set[bytes] = set()
    for media in done["media"]:
        wanted |= windows(media.read_bytes())
    for path in files:
        assert found_windows(path.read_bytes(), wanted) == 0, f"media bytes in {path}"
    folders = {p.parent for p in files}
    count("no plaintext", files_scanned=len(files), folders=len(folders),
          bytes_scanned=scanned, strings_sought=len(needles), media_windows=len(wanted),
          commands_run=len(ws.ran), strings_found=0, media_windows_found=0)
