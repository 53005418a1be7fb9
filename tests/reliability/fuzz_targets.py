"""The readers of outside input the fuzzers drive, one function per reader, shared by the
hypothesis tests (test_fuzz.py) and the atheris runs (atheris_main.py).

Each target takes bytes and returns normally when the reader accepted them or refused them
the documented way (a RecorderError, or the ValueError the parsers' callers turn into one);
anything else escapes as a bug, which is what the fuzzers look for.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from testimony_recorder.recorder import strict_json
from testimony_recorder.recorder.consent import entry
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.media import ingest, metadata, store
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.packets import importer, media_io, records
from testimony_recorder.recorder.vault import Vault

from ..conftest import REPO, SHARED
from ..packet_craft import join, plaintext, seal, split
from ..packet_helpers import FULL_OWN, TESTIMONY_ONLY, add_interview, enrol, make_vault

EXAMPLES = REPO / "docs" / "examples"


def key_file(data: bytes) -> None:
    with contextlib.suppress(RecorderError):
        key_bundle.parse(data)


def interview_json(data: bytes) -> None:
    """What `testimony interview add --json` reads, as the command line reads it."""
    with contextlib.suppress(ValueError, RecorderError):
        bundle_mod.parse(strict_json.loads(data), where="fuzz")


def consent_entry(data: bytes) -> None:
    """What `testimony consent record --json` reads."""
    with contextlib.suppress(ValueError, RecorderError):
        entry.parse(strict_json.loads(data), where="fuzz")


def consent_member(data: bytes) -> None:
    """A packet's consent history member (check.py turns ValueError into MalformedMember)."""
    with contextlib.suppress(ValueError, RecorderError):
        records.parse_consent_member(data, "consent/fuzz.json")


def media_inspection(data: bytes) -> None:
    """The inspection every file added to the media store goes through (type, integrity,
    metadata, identifying flags)."""
    with contextlib.suppress(RecorderError):
        metadata.inspect(io.BytesIO(data), len(data), "fuzz")


@dataclass
class Stateful:
    """A target that needs vaults: made once, cleaned up by close()."""

    run: Callable[[bytes], None]
    seeds: list[bytes]
    close: Callable[[], None]


def media_store_reader() -> Stateful:
    """The store's reader of encrypted media files, fed altered ciphertext."""
    base = Path(tempfile.mkdtemp(prefix="tr-fuzz-"))
    vault = make_vault(base, "vault")
    interview = add_interview(vault, FULL_OWN, finalize=False)
    attachment = ingest.ingest_file(vault, interview, SHARED / "media" / "photo_gps.jpg")
    blob = vault.media_path / store.blob_row(vault.conn, attachment.id).blob_name
    original = blob.read_bytes()

    def run(data: bytes) -> None:
        blob.write_bytes(data)
        try:
            for _ in media_io.read_blocks(vault, attachment.id):
                pass
            with store.open_attachment(vault, attachment.id) as fh:
                while fh.read(1 << 16):
                    pass
        except RecorderError:
            pass
        finally:
            blob.write_bytes(original)

    def close() -> None:
        vault.close()
        shutil.rmtree(base)

    return Stateful(run, [original], close)


def packet_reader() -> Stateful:
    """The packet reader behind the encryption: altered tar streams, sealed to the archive and
    imported in a transaction rolled back afterwards."""
    base = Path(tempfile.mkdtemp(prefix="tr-fuzz-"))
    field, coord = make_vault(base, "field"), make_vault(base, "coord", "coordinator")
    to_coord = enrol(field, coord)
    enrol(coord, field)
    add_interview(field, FULL_OWN)
    add_interview(field, TESTIMONY_ONLY)
    from testimony_recorder.recorder.packets import writer

    packet = writer.export(field, [to_coord.fingerprint], base / "p.tpk").paths[0]
    plain = join(split(plaintext(coord, packet)))
    target = base / "fuzzed.tpk"

    def run(data: bytes) -> None:
        target.write_bytes(seal(coord, data))
        coord.conn.execute("BEGIN")
        try:
            importer.import_packet(coord, target)
        except RecorderError:
            pass
        finally:
            coord.conn.execute("ROLLBACK")
            store.sweep(coord)

    def close() -> None:
        field.close()
        coord.close()
        shutil.rmtree(base)

    return Stateful(run, [plain], close)


#: name -> (target, seed inputs) for the stateless readers.
STATELESS: dict[str, tuple[Callable[[bytes], None], Callable[[], list[bytes]]]] = {
    "key file": (key_file, lambda: [_own_key_file()]),
    "interview JSON": (interview_json, lambda: [(EXAMPLES / "interview.json").read_bytes()]),
    "consent entry JSON": (consent_entry, lambda: [(EXAMPLES / "consent.json").read_bytes()]),
    "consent member JSON": (consent_member, lambda: [_consent_member()]),
    "media inspection": (media_inspection, lambda: [
        (SHARED / "media" / name).read_bytes()[:200_000]
        for name in ("photo_gps.jpg", "document.pdf", "statement_ar.mp3", "consent_en.m4a")]),
}
STATEFUL: dict[str, Callable[[], Stateful]] = {
    "media store reader": media_store_reader,
    "packet reader": packet_reader,
}


def _own_key_file() -> bytes:
    base = Path(tempfile.mkdtemp(prefix="tr-fuzz-"))
    try:
        with make_vault(base, "v") as vault:
            return key_bundle.own_bundle(vault).dumps()
    finally:
        shutil.rmtree(base)


def _consent_member() -> bytes:
    base = Path(tempfile.mkdtemp(prefix="tr-fuzz-"))
    try:
        field, coord = make_vault(base, "field"), make_vault(base, "coord", "coordinator")
        to_coord = enrol(field, coord)
        add_interview(field, FULL_OWN)
        from testimony_recorder.recorder.packets import writer

        packet = writer.export(field, [to_coord.fingerprint], base / "p.tpk").paths[0]
        members = dict(split(plaintext(coord, packet)))
        field.close()
        coord.close()
        return next(v for k, v in members.items() if k.startswith("consent/"))
    finally:
        shutil.rmtree(base)


__all__ = ["STATEFUL", "STATELESS", "Vault"]
