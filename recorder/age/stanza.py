"""Recipient stanzas and the two protocols every recipient type implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from . import b64
from .errors import HeaderError

__all__ = ["Identity", "Recipient", "Stanza", "decode_arg", "require_shape"]


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza. args[0] is the stanza type (the spec calls it the first argument)."""

    args: tuple[str, ...]
    body: bytes = field(repr=False)

    @property
    def type(self) -> str:
        return self.args[0]


class Recipient(Protocol):
    """Something a file key can be wrapped to."""

    def wrap(self, file_key: bytes) -> list[Stanza]: ...


class Identity(Protocol):
    """Something that may unwrap a file key from a header's stanzas."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """Return the file key, None if no stanza is for us; raise HeaderError if one of
        ours is malformed (the spec requires rejecting, not skipping, those)."""
        ...


def require_shape(stanza: Stanza, arg_count: int, body_size: int) -> None:
    """Reject a recognised stanza with the wrong number of arguments or body length.

    The body length is checked before any decryption to avoid partitioning oracles.
    """
    if len(stanza.args) != arg_count:
        raise HeaderError(f"Malformed {stanza.type} stanza: wrong number of arguments.")
    if len(stanza.body) != body_size:
        raise HeaderError(f"Malformed {stanza.type} stanza: wrong body length.")


def decode_arg(stanza: Stanza, index: int, size: int) -> bytes:
    """Decode a base64 argument that must hold exactly size bytes."""
    raw = b64.decode(stanza.args[index].encode("ascii"))
    if len(raw) != size:
        raise HeaderError(f"Malformed {stanza.type} stanza: wrong argument length.")
    return raw
