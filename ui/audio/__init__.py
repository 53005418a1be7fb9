"""Audio capture and playback with QtMultimedia, on top of the core media store."""

from __future__ import annotations

from PySide6.QtCore import QLoggingCategory

# Qt's FFmpeg backend logs what it opens, tags included ("artist: ..."), to stderr. Those
# tags are exactly the identifying metadata the vault protects, so that log is switched off.
QUIET_RULES = "qt.multimedia.ffmpeg*=false"


def quiet_media_logs() -> None:
    """Keep decoded files' metadata out of stderr (and so out of any captured console log)."""
    QLoggingCategory.setFilterRules(QUIET_RULES)
