"""Statistics time and case export throughput over a large archive.

Run on demand:  python bench/bench_case.py            (100,000 testimonies in the archive;
                                                       200 exported, with 2 MiB of audio each)
                python bench/bench_case.py --quick    (2,000; 20 exported)
                ... [--testimonies N] [--export M] [--media-mib S]

Setup (not timed): a coordinator's archive filled with N testimonies written in bulk straight
into its tables (bench/archive_data.py: records, facets, victims with gender and age); then
one interviewer device records M more, each with consent to share with the IIIM and a WAV of
S MiB, seals them in a packet, and the archive imports it.
Timed: statistics (every table) over the whole archive and over two filters; the case export
of the M testimonies to the IIIM as a folder (records.json, Uwazi, Bayanat, a PDF report per
testimony, media with provenance, SHA256SUMS), as a zip, and sealed to an investigator's key
(age); then, on the same media files the folder export wrote, `cp` and `sha256sum` in the same
run, for scale. Throughput is media bytes per second (the export also writes each file a second
time, inside the Uwazi zip, and renders a PDF per testimony).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import MIB, make_wav

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE = "bench passphrase, not secret"  # noqa: S105 - a throwaway benchmark vault


def setup(base: Path, count: int, exported: int, media: int) -> tuple[object, object, str]:
    """The archive, the investigator's trusted key fingerprint, and the device's."""
    import archive_data

    from testimony_recorder.recorder import kdf, trusting, unlock
    from testimony_recorder.recorder.archive import facets
    from testimony_recorder.recorder.consent import items
    from testimony_recorder.recorder.keys import bundle as key_bundle
    from testimony_recorder.recorder.media import ingest
    from testimony_recorder.recorder.model import bundle as bundle_mod
    from testimony_recorder.recorder.packets import importer, writer
    from testimony_recorder.recorder.packets import plan as plan_mod
    from testimony_recorder.recorder.store import bundles, testimonies
    from testimony_recorder.recorder.vault import Vault
    from tests.case_fixtures import interview_data
    from tests.packet_helpers import FULL_OWN, give_consent

    def vault(name: str, role: str = "interviewer") -> Vault:
        made, _ = unlock.create(base / name, PASSPHRASE, owner=name, role=role,
                                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        return made

    coord, field, investigator = (vault("coord", "coordinator"), vault("field"),
                                  vault("investigator", "coordinator"))
    facets.ensure(coord)
    mine, theirs = key_bundle.own_bundle(coord), key_bundle.own_bundle(field)
    to_coord = trusting.trust_key_file(field, mine.dumps(), mine.fingerprint)
    trusting.trust_key_file(coord, theirs.dumps(), theirs.fingerprint)
    inv = key_bundle.own_bundle(investigator)
    trusting.trust_key_file(coord, inv.dumps(), inv.fingerprint, body="iiim")
    investigator.close()
    archive_data.fill(coord, count, [f"{n:04d}-BULK-0000-0000-0000-0000" for n in range(20)])
    wav = base / "statement.wav"
    for n in range(exported):
        make_wav(wav, media)
        interview_id = bundles.add(field, bundle_mod.parse(interview_data("A" if n % 2 else
                                                                          "B")))
        ingest.ingest_file(field, interview_id, wav)
        give_consent(field, interview_id, (*FULL_OWN, items.share_testimony("iiim"),
                                           items.share_identity("iiim")))
        testimonies.finalize(field, interview_id)
    packet = writer.seal(field, plan_mod.build(field, [to_coord]), base / "field.tpk")
    importer.import_packet(coord, packet.paths[0])
    field.close()
    coord.conn.execute("PRAGMA optimize")  # type: ignore[attr-defined]
    return coord, inv.fingerprint, theirs.fingerprint


def bench_stats(coord: object) -> None:
    from testimony_recorder.recorder.analysis import stats
    from testimony_recorder.recorder.archive.filters import ArchiveFilter

    conn = coord.conn  # type: ignore[attr-defined]
    for label, filt in (("whole archive", ArchiveFilter()),
                        ("violation torture", ArchiveFilter(violations=("torture",))),
                        ("Aleppo, 2013-2015", ArchiveFilter(place="SY-HL", date_from="2013",
                                                           date_to="2015"))):
        times = []
        for _ in range(3):
            result = stats.compute(conn, filt)
            times.append(result.seconds)
        print(f"stats   {label:22} {result.testimonies:>7} testimonies "
              f"{result.incidents:>7} incidents: {min(times) * 1000:7.0f} ms "
              f"(best of 3; {max(times) * 1000:.0f} ms worst)")


def bench_export(base: Path, coord: object, investigator: str, device: str) -> None:
    from PySide6.QtGui import QGuiApplication

    from testimony_recorder.recorder.archive import identity
    from testimony_recorder.recorder.archive.filters import ArchiveFilter
    from testimony_recorder.recorder.case_export.flow import CaseExportFlow
    from testimony_recorder.ui.reports.case_pdf import CasePdfRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = CasePdfRenderer()
    out = base / "exports"
    out.mkdir()
    folder = None
    for fmt, name, to in (("folder", "case", None), ("zip", "case.zip", None),
                          ("age", "case.age", investigator)):
        flow = CaseExportFlow(coord)  # type: ignore[arg-type]
        flow.choose_filter(ArchiveFilter(devices=(device,)))
        flow.use_witness_key(identity.open_from_vault(coord))  # type: ignore[arg-type]
        start = time.perf_counter()
        flow.choose_body("iiim")
        planned = time.perf_counter() - start
        result = flow.write(out / name, fmt, language="ar", renderer=renderer, to=to)
        total = planned + result.seconds
        mb = result.media_bytes / 1e6
        print(f"export  {fmt:6} {result.testimonies} testimonies, {mb:.0f} MB media, "
              f"{result.bytes_written / 1e6:.0f} MB written: {total:.1f} s "
              f"(plan {planned:.1f} s) = {mb / total:.0f} MB/s of media, "
              f"{result.testimonies / total:.0f} testimonies/s")
        if fmt == "folder":
            folder = result.path
    del app
    assert folder is not None  # noqa: S101 - the folder export ran first
    media = sorted((folder / "media").glob("*.wav"))
    size = sum(p.stat().st_size for p in media) / 1e6
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(folder / "media"), str(out / "copied")], check=True)
    os.sync()
    cp = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(["sha256sum", *map(str, media)], check=True, stdout=subprocess.DEVNULL)
    sha = time.perf_counter() - start
    print(f"same media: cp {size / cp:.0f} MB/s (with sync), sha256sum {size / sha:.0f} MB/s "
          f"({size:.0f} MB)")
    shutil.rmtree(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 testimonies, 20 exported")
    parser.add_argument("--testimonies", type=int)
    parser.add_argument("--export", type=int)
    parser.add_argument("--media-mib", type=float, default=2.0)
    args = parser.parse_args()
    count = args.testimonies or (2000 if args.quick else 100_000)
    exported = args.export or (20 if args.quick else 200)
    with tempfile.TemporaryDirectory(prefix="bench-case-") as tmp:
        base = Path(tmp)
        print(f"setup: {count} testimonies in the archive, {exported} more with "
              f"{args.media_mib:g} MiB of audio each ...")
        start = time.perf_counter()
        coord, investigator, device = setup(base, count, exported, int(args.media_mib * MIB))
        print(f"setup took {time.perf_counter() - start:.0f} s")
        bench_stats(coord)
        bench_export(base, coord, investigator, device)  # type: ignore[arg-type]
        coord.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
