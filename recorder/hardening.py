"""Process settings applied first thing by every entry point, before anything is written."""

from __future__ import annotations

import os


def harden_process() -> None:
    """Private files by default, and no core dumps (they would hold decrypted memory)."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this platform; nothing else to do
        pass
