"""Taking real packets apart and putting altered ones together, as an attacker (or a buggy
sender) would: for tests of what the reader refuses. Built only from public formats: age,
ustar, Ed25519."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

from testimony_recorder.recorder import canonical
from testimony_recorder.recorder.age import decrypt, encrypt, parse_recipient
from testimony_recorder.recorder.keys import device
from testimony_recorder.recorder.packets import tarstream
from testimony_recorder.recorder.vault import Vault

Members = list[tuple[str, bytes]]


def plaintext(coord: Vault, packet: Path) -> bytes:
    with open(packet, "rb") as fh:
        return decrypt(fh, device.load(coord).identities()).read()


def split(plain: bytes) -> Members:
    out: Members = []
    pos = 0
    while True:
        block = plain[pos : pos + 512]
        if not any(block):
            return out
        name = block[:100].split(b"\0", 1)[0].decode()
        size = int(block[124:136].rstrip(b"\0 "), 8)
        out.append((name, plain[pos + 512 : pos + 512 + size]))
        pos += 512 + -(-size // 512) * 512


def raw_header(name: bytes, size: int, typeflag: bytes = b"0", magic: bytes = b"ustar\x0000",
               prefix: bytes = b"", linkname: bytes = b"") -> bytes:
    block = bytearray(512)
    block[0 : len(name)] = name
    block[100:108] = b"0000600\0"
    block[108:116] = b"0000000\0"
    block[116:124] = b"0000000\0"
    block[124:136] = b"%011o\0" % size
    block[136:148] = b"00000000000\0"
    block[148:156] = b" " * 8
    block[156:157] = typeflag
    block[157 : 157 + len(linkname)] = linkname
    block[257:265] = magic
    block[345 : 345 + len(prefix)] = prefix
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def join(members: Members, *, end: bytes = tarstream.END_OF_ARCHIVE,
         headers: dict[int, bytes] | None = None) -> bytes:
    out = bytearray()
    for i, (name, data) in enumerate(members):
        head = (headers or {}).get(i) or raw_header(name.encode(), len(data))
        out += head + data + tarstream.padding(len(data))
    return bytes(out + end)


def seal(coord: Vault, plain: bytes) -> bytes:
    out = io.BytesIO()
    with encrypt(out, [parse_recipient(device.load(coord).age_recipients[0])]) as writer:
        writer.write(plain)
    return out.getvalue()


def manifest_of(members: Members) -> dict[str, Any]:
    return json.loads(members[0][1])


def signed(field: Vault, manifest: dict[str, Any], members: Members,
           fix_hashes: bool = True) -> Members:
    """Members with a new manifest signed by `field`'s real key (and, unless told otherwise,
    member hashes and sizes brought in line with the altered members)."""
    body = members[2:]
    if fix_hashes:
        manifest["members"] = [{"name": n, "size": len(d),
                                "sha256": hashlib.sha256(d).hexdigest()} for n, d in body]
    raw = canonical.dumps(manifest)
    return [("manifest.json", raw), ("manifest.sig", device.load(field).sign(raw)), *body]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
