"""Finding packets in the folders and files a person chose (a memory stick, a download folder).

Volumes NAME.001, NAME.002, ... are found and joined (recorder.packets.volumes). In folders,
only files that start like an age file are taken, so a stick's other files are passed over;
a file named explicitly is always tried, so that what is wrong with it is reported. Symbolic
links and hidden files in folders are not followed: the stick's content is hostile input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RecorderError
from ..packets.volumes import find_volumes

_AGE_STARTS = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")
_VOLUME = re.compile(r"^(.*)\.(\d{3})$")
FILE_NOT_FOUND = "file_not_found"
UNREADABLE_FILE = "unreadable_file"


@dataclass(frozen=True)
class Problem:
    """Why something was refused: a stable code and its facts (the UI words them)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    #: The English sentence, for the command line and logs; the app words the code itself.
    message: str = ""

    @classmethod
    def of(cls, exc: RecorderError, **extra: Any) -> Problem:
        """The code and declared parameters of an error, with its English sentence."""
        return cls(exc.code, {**exc.params, **{k: _plain(v) for k, v in extra.items()}},
                   exc.message)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params, "message": self.message}


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value)


@dataclass(frozen=True)
class PacketSource:
    """One packet on disk: a file, or its volumes in order."""

    name: str
    files: tuple[Path, ...]
    size: int


@dataclass(frozen=True)
class Found:
    packets: tuple[PacketSource, ...]
    #: (name, problem) of what was named but cannot be a packet to try.
    problems: tuple[tuple[str, Problem], ...]

    @property
    def total_size(self) -> int:
        return sum(p.size for p in self.packets)


def _looks_like_age(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            start = fh.read(64)
    except OSError:
        return False
    return start.startswith(_AGE_STARTS)


def _source(path: Path) -> PacketSource:
    files, name = find_volumes(path)
    return PacketSource(name, tuple(files), sum(f.stat().st_size for f in files))


def _in_folder(folder: Path) -> list[Path]:
    """Candidate packet files under `folder`: one path per packet (a volume set by its .001)."""
    out: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            match = _VOLUME.match(name)
            if match and match.group(2) != "001":
                continue
            if _looks_like_age(path):
                out.append(path)
    return out


def discover(paths: Sequence[Path]) -> Found:
    """The packets in `paths` (files and folders), each once, in the order found."""
    packets: list[PacketSource] = []
    problems: list[tuple[str, Problem]] = []
    seen: set[tuple[Path, ...]] = set()
    for given in paths:
        if given.is_dir():
            candidates = _in_folder(given)
        elif given.exists() or _VOLUME.match(given.name) or given.with_name(
                given.name + ".001").exists():
            candidates = [given]
        else:
            problems.append((given.name, Problem(FILE_NOT_FOUND, {"path": str(given)})))
            continue
        for path in candidates:
            try:
                source = _source(path)
            except RecorderError as exc:
                problems.append((path.name, Problem.of(exc, path=str(path))))
                continue
            except FileNotFoundError:
                problems.append((path.name, Problem(FILE_NOT_FOUND, {"path": str(path)})))
                continue
            except OSError as exc:
                problems.append((path.name, Problem(UNREADABLE_FILE, {
                    "path": str(path), "reason": exc.strerror or type(exc).__name__})))
                continue
            key = tuple(f.resolve() for f in source.files)
            if key not in seen:
                seen.add(key)
                packets.append(source)
    return Found(tuple(packets), tuple(problems))
