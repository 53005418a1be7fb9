"""The 143 C2SP/CCTV age test vectors, read in place from ../shared/age-testkit.

Each vector runs through the public streaming API; the first error is classified into
the testkit's categories and every released plaintext byte is hashed. Round trips from
the testkit README (header re-serialisation, armor re-encoding, STREAM re-encryption)
run on the vectors they apply to.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from testimony_recorder.recorder.age import (
    AgeError,
    ArmorError,
    HeaderError,
    HeaderMacError,
    HybridIdentity,
    Identity,
    NoIdentityMatchError,
    PayloadError,
    ScryptIdentity,
    X25519Identity,
    decrypt,
    parse_identity,
)
from testimony_recorder.recorder.age.armor import ArmorReader, ArmorWriter
from testimony_recorder.recorder.age.header import mac_input_for, read_header
from testimony_recorder.recorder.age.primitives import PAYLOAD_NONCE_SIZE, payload_key
from testimony_recorder.recorder.age.reader import unwrap_file_key
from testimony_recorder.recorder.age.source import read_exact
from testimony_recorder.recorder.age.stream import StreamWriter

TESTKIT = Path(__file__).resolve().parents[1].parent / "shared" / "age-testkit"
TESTDATA = TESTKIT / "testdata"
KNOWN_KEYS = {
    "expect", "payload", "file key", "identity", "passphrase", "armored", "compressed",
    "comment",
}
CATEGORIES: list[tuple[type[AgeError], str]] = [
    (ArmorError, "armor failure"),
    (HeaderMacError, "HMAC failure"),
    (NoIdentityMatchError, "no match"),
    (HeaderError, "header failure"),
    (PayloadError, "payload failure"),
]


def _vector_names() -> list[str]:
    if not TESTDATA.is_dir():
        raise RuntimeError(f"age testkit not found at {TESTDATA}: it is required, not optional")
    return sorted(p.name for p in TESTDATA.iterdir() if p.is_file())


@dataclass
class Vector:
    name: str
    meta: dict[str, list[str]] = field(default_factory=dict)
    data: bytes = b""

    def one(self, key: str) -> str | None:
        values = self.meta.get(key)
        return values[0] if values else None

    @property
    def armored(self) -> bool:
        return self.one("armored") == "yes"

    def identities(self) -> list[Identity]:
        out: list[Identity] = [parse_identity(s) for s in self.meta.get("identity", [])]
        out += [ScryptIdentity(p) for p in self.meta.get("passphrase", [])]
        return out


def load(name: str) -> Vector:
    raw = (TESTDATA / name).read_bytes()
    head, _, body = raw.partition(b"\n\n")
    vector = Vector(name)
    for line in head.decode("utf-8").split("\n"):
        key, _, value = line.partition(": ")
        assert key in KNOWN_KEYS, f"unknown testkit key {key!r}"
        vector.meta.setdefault(key, []).append(value)
    if vector.one("compressed") == "zlib":
        body = zlib.decompress(body)
    vector.data = body
    return vector


def run(vector: Vector) -> tuple[str, bytes]:
    """Decrypt through the public API; return (outcome, every byte released)."""
    released = bytearray()
    buf = bytearray(10_000)  # not a chunk multiple: exercises partial reads too
    try:
        reader = decrypt(io.BytesIO(vector.data), vector.identities(), armored=vector.armored)
        while n := reader.readinto(buf):
            released += buf[:n]
    except AgeError as exc:
        return next(label for cls, label in CATEGORIES if isinstance(exc, cls)), bytes(released)
    return "success", bytes(released)


def test_all_vectors_present() -> None:
    assert len(_vector_names()) == 143


@pytest.mark.parametrize("name", _vector_names())
def test_vector(name: str) -> None:
    vector = load(name)
    outcome, released = run(vector)
    assert outcome == vector.one("expect")
    expected_hash = vector.one("payload")
    if expected_hash is not None:
        assert hashlib.sha256(released).hexdigest() == expected_hash
    if outcome not in ("header failure", "armor failure"):
        check_header_round_trip(vector)
    if outcome == "success":
        check_stream_round_trip(vector, released)
        if vector.armored:
            check_armor_round_trip(vector)


def binary(vector: Vector) -> bytes:
    if not vector.armored:
        return vector.data
    return ArmorReader(io.BytesIO(vector.data)).read()


def check_header_round_trip(vector: Vector) -> None:
    data = binary(vector)
    header, _ = read_header(io.BytesIO(data))
    assert data.startswith(header.mac_input)
    assert mac_input_for(header.stanzas) == header.mac_input


def check_stream_round_trip(vector: Vector, plaintext: bytes) -> None:
    source = io.BytesIO(binary(vector))
    header, rest = read_header(source)
    file_key = unwrap_file_key(header, vector.identities())
    assert file_key.hex() == vector.one("file key")
    payload = rest + source.read()
    nonce = payload[:PAYLOAD_NONCE_SIZE]
    out = io.BytesIO()
    with StreamWriter(payload_key(file_key, nonce), out) as writer:
        writer.write(plaintext)
    assert out.getvalue() == payload[PAYLOAD_NONCE_SIZE:]


def check_armor_round_trip(vector: Vector) -> None:
    out = io.BytesIO()
    writer = ArmorWriter(out)
    writer.write(binary(vector))
    writer.close()
    canonical = vector.data.replace(b"\r\n", b"\n").strip() + b"\n"
    assert out.getvalue() == canonical


def test_x25519_identity_strings_round_trip() -> None:
    for name in ("x25519", "hybrid"):
        text = load(name).meta["identity"][0]
        identity = parse_identity(text)
        assert isinstance(identity, X25519Identity | HybridIdentity)
        assert str(identity) == text
        assert text not in repr(identity)


def test_read_exact_helper_stops_at_eof() -> None:
    assert read_exact(io.BytesIO(b"abc"), 10) == b"abc"
