"""Case exports from a real archive: consent decides per body and per identity, what goes is
checked with `sha256sum -c`, and the folder, zip and age forms hold the same files."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.archive import identity
from testimony_recorder.recorder.archive.filters import EVERYTHING, ArchiveFilter
from testimony_recorder.recorder.case_export.errors import (
    CaseChanged,
    CaseFlowError,
    CaseNeedsRecipient,
    CaseOutputExists,
    CaseRecipientBody,
    NothingToCaseExport,
)
from testimony_recorder.recorder.case_export.flow import CaseExportFlow, Step
from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.errors import Cancelled
from testimony_recorder.recorder.keys import device, trust
from testimony_recorder.recorder.media import store
from testimony_recorder.recorder.packets import importer, writer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.ui.reports.case_pdf import CasePdfRenderer

from .case_fixtures import IIIM, NAMES, CaseWorld, build_world
from .packet_helpers import FULL_OWN, give_consent


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, qapp: QGuiApplication) -> Iterator[CaseWorld]:
    w = build_world(tmp_path_factory.mktemp("case"))
    yield w
    w.close()


@pytest.fixture(scope="module")
def renderer(qapp: QGuiApplication) -> CasePdfRenderer:
    return CasePdfRenderer()


def planned(world: CaseWorld, body: str = IIIM, *, key: bool = True,
            filt: ArchiveFilter = EVERYTHING) -> CaseExportFlow:
    flow = CaseExportFlow(world.coord)
    flow.choose_filter(filt)
    flow.use_witness_key(identity.open_from_vault(world.coord) if key else None)
    flow.choose_body(body)
    return flow


def by_code(world: CaseWorld, preview: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    labels = {code: label for label, code in world.codes.items()}
    return {labels[e["witness_code"]]: e for e in preview["included"]}


def sha256sum_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True,
                          text=True, check=False)


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_consent_decides_per_body_and_per_identity(world: CaseWorld) -> None:
    preview = planned(world).preview()
    assert preview["selected"] == 4
    included = by_code(world, preview)
    assert set(included) == {"A", "B", "D"}
    (left,) = preview["left_out"]
    assert left["witness_code"] == world.codes["C"] and left["why"] == "refused"
    assert left["items"] == [items.share_testimony(IIIM)]  # only what was not agreed to
    assert included["A"]["identity"]["included"] is True
    assert (included["B"]["identity"]["included"], included["B"]["identity"]["why"]) == (
        False, "refused")
    assert included["B"]["identity"]["items"] == [items.share_identity(IIIM)]
    assert included["D"]["identity"]["why"] == "no_identity"  # it never left the field
    forms = {label: {m["kind"]: m["form"] for m in e["media"] if m["why"] != "consent_proof"}
             for label, e in included.items()}
    assert forms["A"] == {"audio": "original", "image": "original"}
    assert set(forms["B"].values()) == {"redacted"}  # made here, from the originals
    assert forms["D"] == {"image": "redacted"}  # the copy the field sent
    # The organisation itself may have all four; identities need the witness-identity key.
    own = by_code(world, planned(world, items.OWN_ORGANISATION, key=False).preview())
    assert set(own) == {"A", "B", "C", "D"}
    assert own["A"]["identity"]["why"] == "witness_key_closed"


def test_folder_export_passes_sha256sum_and_holds_only_what_consent_allows(
        world: CaseWorld, renderer: CasePdfRenderer) -> None:
    flow = planned(world)
    before = custody.head(world.coord.conn)[0]
    out = world.tmp / "case-folder"
    result = flow.write(out, "folder", language="ar", renderer=renderer)
    assert flow.step is Step.DONE and result.plaintext and result.testimonies == 3
    check = sha256sum_check(out)
    assert check.returncode == 0, check.stdout + check.stderr
    listed = (out / "SHA256SUMS").read_text().splitlines()
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {line.split("  ", 1)[1] for line in listed} == files - {"SHA256SUMS"}
    assert {f"reports/{world.codes[x]}.pdf" for x in "ABD"} <= files
    assert {"records.json", "README.txt", "bayanat/actors.csv", "bayanat/actor_relations.csv",
            "uwazi/templates.json", "uwazi/1-persons.csv", "uwazi/3-testimonies.zip"} <= files
    everything = all_bytes(out)
    assert world.codes["C"].encode() not in everything
    assert NAMES["C"].encode() not in everything and NAMES["B"].encode() not in everything
    records = json.loads((out / "records.json").read_text("utf-8"))
    named = {t["witness_code"]: t["record"]["identity"] for t in records["testimonies"]}
    assert named[world.codes["A"]]["full_name"] == NAMES["A"]
    assert named[world.codes["B"]] is None and named[world.codes["D"]] is None
    # A's media are the originals byte for byte; B's photo lost its GPS position
    for t in records["testimonies"]:
        for f in t["files"]:
            data = (out / f["file"]).read_bytes()
            prov = json.loads((out / f["provenance"]).read_text("utf-8"))
            assert prov["fixity"]["value"] == f["sha256"] and prov["fixity"]["matches_record"]
            assert prov["form"] == ("original" if f["form"] == "original" else "redacted copy")
            if t["witness_code"] == world.codes["A"] and f["form"] == "original":
                with store.open_attachment(world.coord, f["attachment_id"]) as fh:
                    assert fh.read() == data
                assert prov["custody"]["device"] and prov["custody"]["archive"]
            if t["witness_code"] == world.codes["B"]:
                assert f["form"] == "redacted" and prov["copy_of"] is not None
                original = store.get_attachment(world.coord.conn,
                                                prov["copy_of"]["attachment_id"])
                assert original.flags  # the original names a place or a device...
                assert not [x for x in original.flags  # ...and the copy does not
                            if len(x.value) >= 6 and x.value.encode() in data]
    # written to the custody log, once the export was in place
    logged = [e for e in custody.entries(world.coord.conn, after=before)
              if e.action == "case_exported"]
    assert {e.interview_id for e in logged} == {world.ids[x] for x in "ABD"}
    manifest = hashlib.sha256((out / "SHA256SUMS").read_bytes()).hexdigest()
    assert all(e.content_hash == manifest and e.detail and e.detail["plaintext"] is True
               and e.detail["body"] == IIIM for e in logged)
    reveals = [e for e in custody.entries(world.coord.conn, after=before)
               if e.action == "identity_revealed"]
    assert len(reveals) == 1 and reveals[0].detail["reason"] == f"case export to {IIIM}"
    assert custody.verify(world.coord.conn).ok


def test_zip_and_age_forms_hold_the_same_checked_files(world: CaseWorld,
                                                        renderer: CasePdfRenderer) -> None:
    zipped = world.tmp / "case.zip"
    planned(world).write(zipped, "zip", language="en", renderer=renderer)
    with zipfile.ZipFile(zipped) as z:
        z.extractall(world.tmp / "unzipped")
    assert sha256sum_check(world.tmp / "unzipped").returncode == 0

    flow = planned(world)
    with pytest.raises(CaseNeedsRecipient):
        flow.write(world.tmp / "x.age", "age", language="en", renderer=renderer)
    field_key = device.load(world.field).fingerprint  # trusted for the organisation, not IIIM
    with pytest.raises(CaseRecipientBody) as wrong:
        flow.write(world.tmp / "x.age", "age", language="en", renderer=renderer, to=field_key)
    assert (wrong.value.body, wrong.value.recipient_body) == (IIIM, items.OWN_ORGANISATION)
    sealed = world.tmp / "sealed" / "case.age"
    sealed.parent.mkdir()
    result = flow.write(sealed, "age", language="en", renderer=renderer,
                        to=world.investigator_fp)
    assert not result.plaintext and result.recipient == world.investigator_fp
    assert [p.name for p in sealed.parent.iterdir()] == ["case.age"]  # no temp files left
    raw = sealed.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1") and NAMES["A"].encode() not in raw
    key = world.tmp / "investigator.txt"
    key.write_text(device.identity_text(world.investigator))
    plain = subprocess.run(["age", "-d", "-i", str(key), str(sealed)], capture_output=True,
                           check=True).stdout
    (world.tmp / "opened.zip").write_bytes(plain)
    with zipfile.ZipFile(world.tmp / "opened.zip") as z:
        z.extractall(world.tmp / "opened")
    assert sha256sum_check(world.tmp / "opened").returncode == 0
    logged = [e for e in custody.entries(world.coord.conn) if e.action == "case_exported"]
    assert any(e.detail and e.detail["plaintext"] is False
               and e.detail["recipient"] == world.investigator_fp for e in logged)


def test_refusals_leave_nothing_behind(world: CaseWorld, renderer: CasePdfRenderer) -> None:
    flow = planned(world)
    taken = world.tmp / "taken"
    taken.mkdir()
    with pytest.raises(CaseOutputExists):
        flow.write(taken, "folder", language="en", renderer=renderer)
    out = world.tmp / "cancelled"
    with pytest.raises(Cancelled):
        flow.write(out, "folder", language="en", renderer=renderer, cancel=lambda: True)
    assert not out.exists() and not [p for p in world.tmp.iterdir()
                                     if p.name.startswith(".cancelled")]
    nobody = CaseExportFlow(world.coord)
    nobody.choose_filter(ArchiveFilter(interview_ids=(world.ids["C"],)))
    nobody.choose_body(IIIM)
    assert not nobody.can_write
    with pytest.raises(NothingToCaseExport) as none:
        nobody.write(world.tmp / "none", "folder", language="en", renderer=renderer)
    assert (none.value.body, none.value.selected) == (IIIM, 1)
    with pytest.raises(CaseFlowError):
        nobody.choose_filter(EVERYTHING)
    nobody.back()
    nobody.back()
    assert nobody.step is Step.SELECT and nobody.plan is None


def test_a_consent_change_after_the_preview_stops_the_export(tmp_path: Path,
                                                              qapp: QGuiApplication) -> None:
    world = build_world(tmp_path)
    try:
        flow = planned(world)
        # The witness withdraws the IIIM's share; the packet reaches the archive meanwhile.
        give_consent(world.field, world.ids["A"], FULL_OWN)
        (to_coord,) = trust.contacts(world.field.conn)
        packet = writer.seal(world.field, plan_mod.build(world.field, [to_coord]),
                             tmp_path / "change.tpk").paths[0]
        importer.import_packet(world.coord, packet)
        out = tmp_path / "stale"
        with pytest.raises(CaseChanged) as changed:
            flow.write(out, "folder", language="en", renderer=CasePdfRenderer())
        assert changed.value.ref == world.codes["A"]
        assert not out.exists()
        again = planned(world).preview()
        assert world.codes["A"] not in {e["witness_code"] for e in again["included"]}
    finally:
        world.close()
