"""A real full disk for tests: a small tmpfs mounted at a folder (the tests run as root, as CI
does), filled to the last byte."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

FILLER = ".filler"


def fill(folder: Path) -> None:
    """Write until the disk refuses even one more byte."""
    fd = os.open(folder / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        chunk = 1 << 20
        while chunk:
            try:
                os.write(fd, bytes(chunk))
            except OSError:
                chunk //= 2
    finally:
        os.close(fd)


def leave(folder: Path, room: int) -> None:
    """After fill(): give back `room` bytes, so the disk is nearly full rather than full."""
    filler = folder / FILLER
    os.truncate(filler, max(0, filler.stat().st_size - room))


def free(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / FILLER).unlink()


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "4m", *, full: bool = True,
               read_only: bool = False) -> Iterator[Path]:
    """Mount a tmpfs of `size` at `folder` (made if needed), full unless told otherwise; or
    read-only, a folder even root cannot write to (as a write-protected stick)."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size},mode=0700" + (",ro" if read_only else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True)
    try:
        if full and not read_only:
            fill(folder)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)
