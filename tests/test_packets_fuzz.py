"""Fuzzing the packet reader with thousands of mutated packets (hypothesis, deterministic).

Three layers: bytes of the age file (every change must be refused), bytes of the tar stream
re-sealed with age (the parser behind the encryption), and the JSON of the manifest and
records changed, re-hashed and re-signed with the sender's real key (the checks behind the
signature). Every packet must end in a clean RecorderError or a complete import, never a
crash; a refused packet leaves the archive exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testimony_recorder.recorder import canonical
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import testimonies
from testimony_recorder.recorder.vault import Vault

from .conftest import shared_path
from .packet_craft import join, plaintext, seal, signed, split
from .packet_fixtures import Pair
from .packet_helpers import (
    FULL_OWN,
    TESTIMONY_ONLY,
    add_interview,
    custody_len,
    table_counts,
)

FUZZ = settings(deadline=None, derandomize=True, database=None, max_examples=1000,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


@dataclass
class Target:
    pair: Pair
    packet: bytes
    members: list[tuple[str, bytes]]
    path: Path


@pytest.fixture
def target(pair: Pair) -> Target:
    """A second packet (the first is imported): records, a sealed identity, media, a consent
    change and the custody excerpt, so every member kind is there to be mutated."""
    withdrawn = add_interview(pair.field, FULL_OWN)
    importer.import_packet(pair.coord, pair.export("p1.tpk"))
    consent_store.withdraw(pair.field, withdrawn)
    iid = add_interview(pair.field, FULL_OWN, finalize=False)
    ingest.ingest_file(pair.field, iid, shared_path("media", "document.pdf"))
    testimonies.finalize(pair.field, iid)
    add_interview(pair.field, TESTIMONY_ONLY)
    path = pair.export("p2.tpk")
    data = path.read_bytes()
    members = split(plaintext(pair.coord, path))
    kinds = [n.split("/")[0] for n, _ in members]
    assert kinds[:6] == ["manifest.json", "manifest.sig", "records", "consent", "identities",
                         "media"] and kinds[-2:] == ["consent", "custody.jsonl"]
    return Target(pair, data, members, pair.tmp / "fuzzed.tpk")


def attempt(vault: Vault, path: Path) -> None:
    """Import inside a transaction rolled back afterwards (so examples stay independent);
    a refusal must already have undone everything itself."""
    before, log = table_counts(vault), custody_len(vault)
    vault.conn.execute("BEGIN")
    try:
        try:
            importer.import_packet(vault, path)
        except RecorderError:
            assert table_counts(vault) == before and custody_len(vault) == log
    finally:
        vault.conn.execute("ROLLBACK")
        from testimony_recorder.recorder.media import store

        store.sweep(vault)


# -- layer 1: the age file ----------------------------------------------------------------------


def _mutate(data: bytes, draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "duplicate",
                                 "overwrite"]))
    pos = draw(st.integers(0, max(0, len(data) - 1)))
    if kind == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 4))):
            out[draw(st.integers(0, len(out) - 1))] ^= 1 << draw(st.integers(0, 7))
        return bytes(out)
    if kind == "truncate":
        return data[:pos]
    if kind == "insert":
        return data[:pos] + draw(st.binary(min_size=1, max_size=64)) + data[pos:]
    if kind == "delete":
        return data[:pos] + data[pos + draw(st.integers(1, 600)):]
    if kind == "duplicate":
        size = draw(st.integers(1, 1024))
        return data[:pos] + data[pos : pos + size] + data[pos:]
    junk = draw(st.binary(min_size=1, max_size=600))
    return data[:pos] + junk + data[pos + len(junk):]


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    out = _mutate(data, draw)
    return out if out != data else out + b"\x00"


@FUZZ
@given(data=st.data())
def test_every_change_to_the_age_file_is_refused(target: Target, data: st.DataObject) -> None:
    fuzzed = data.draw(mutated(target.packet))
    target.path.write_bytes(fuzzed)
    before = table_counts(target.pair.coord)
    with pytest.raises(RecorderError):
        importer.import_packet(target.pair.coord, target.path)
    assert table_counts(target.pair.coord) == before


# -- layer 2: the tar stream behind the encryption ------------------------------------------------


@FUZZ
@given(data=st.data())
def test_mutated_tar_streams_fail_cleanly(target: Target, data: st.DataObject) -> None:
    plain = join(target.members)
    fuzzed = data.draw(mutated(plain))
    target.path.write_bytes(seal(target.pair.coord, fuzzed))
    attempt(target.pair.coord, target.path)


# -- layer 3: JSON behind a valid signature --------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**60, 2**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40) | st.sampled_from(["", "0" * 64, "records/x.json", "age1x",
                                              "2024-03-01T09:30:00Z",
                                              "00000000-0000-4000-8000-000000000000",
                                              "../../etc/passwd", "finalized", "withdrawn"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


@st.composite
def changed_json(draw: st.DrawFn, doc: Any) -> Any:
    doc = json.loads(json.dumps(doc))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON_VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = draw(JSON_VALUES)
        else:
            parent.insert(int(path[-1]), draw(JSON_VALUES))
    return doc


@FUZZ
@given(data=st.data())
def test_signed_but_malformed_contents_fail_cleanly(target: Target,
                                                    data: st.DataObject) -> None:
    members = list(target.members)
    json_members = [i for i, (n, _) in enumerate(members)
                    if n.endswith(".json") or n == "custody.jsonl"]
    index = data.draw(st.sampled_from(json_members))
    name, raw = members[index]
    if name == "custody.jsonl":
        lines = raw.decode().splitlines()
        line = data.draw(st.integers(0, len(lines) - 1))
        lines[line] = canonical.dumps(data.draw(changed_json(json.loads(lines[line])))).decode()
        members[index] = (name, ("\n".join(lines) + "\n").encode())
        manifest = json.loads(members[0][1])
    elif index == 0:
        manifest = data.draw(changed_json(json.loads(raw)))
    else:
        members[index] = (name, canonical.dumps(data.draw(changed_json(json.loads(raw)))))
        manifest = json.loads(members[0][1])
    fix = data.draw(st.booleans()) if index != 0 else False
    if not isinstance(manifest, dict):
        manifest = {"value": manifest}
    resigned = signed(target.pair.field, manifest, members, fix_hashes=fix)
    target.path.write_bytes(seal(target.pair.coord, join(resigned)))
    attempt(target.pair.coord, target.path)


def test_the_unmutated_target_imports(target: Target) -> None:
    report = importer.import_packet(target.pair.coord, Path(target.pair.tmp / "p2.tpk"))
    assert report.imported and len(report.interviews) == 2
    assert report.consent_changes[0]["outcome"].startswith("withdrawn")
    digest = hashlib.sha256(target.members[0][1]).hexdigest()
    assert report.manifest_sha256 == digest
