"""Writing a previewed case export: media, reports, records.json, Uwazi and Bayanat sheets,
provenance, SHA256SUMS, then the custody log.

Everything is written exactly as the plan says. Each media file is read from the encrypted
store, hashed while it is written, and checked against its recorded SHA-256 (a mismatch stops
the export and leaves nothing). The custody log records the export, one entry per testimony
with the destination, format, recipient and the SHA-256 of SHA256SUMS, and each identity the
export opened (identity_revealed, "case export to BODY"), only once the export is in place and
synced, in one transaction: an export that failed is not logged as made, one that was made
is.
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .. import clock
from ..archive import identity as archive_identity
from ..consent import bodies, items
from ..errors import Cancelled
from ..fsutil import write_error
from ..keys.trust import Contact
from ..packets import media_io
from ..packets.progress import CancelFn, Meter, ProgressFn
from . import bayanat, file_provenance, records_json, report, uwazi
from .content import CaseItem, gather
from .errors import CaseMediaChanged, CaseOutputExists
from .plan import CasePlan
from .sinks import AGE, Sink, open_sink, zip_time

if TYPE_CHECKING:
    from ..archive.identity import WitnessKey
    from ..vault import Vault

#: How much a report weighs in the progress bar, next to the media bytes.
REPORT_WEIGHT = 256 * 1024
README = """Case export from Testimony Recorder
====================================

For: {body}
Made: {when}, by {owner}
Testimonies: {count}

records.json        every field of every testimony, with HURIDOCS ESF field numbers
reports/            one PDF report per testimony, with its hashes and custody trail
media/              media files, each with <file>.provenance.json (original or copy,
                    capture metadata, fixity, custody events)
uwazi/              CSV files for Uwazi's CSV import (import in order: 1, 2, 3; the .zip
                    forms carry import.csv with the files); templates.json lists properties
bayanat/            actor sheet and actor relations for Bayanat
SHA256SUMS          check every file with: sha256sum -c SHA256SUMS

Consent decided what is here: only testimonies the witness agreed to share with this body,
identities only where the witness agreed to that too, media as recorded or as redacted copies
as the witness's consent allows. Handle these files as the witnesses were promised.
"""


@dataclass(frozen=True)
class CaseExportResult:
    path: Path
    format: str
    testimonies: int
    files: int
    #: Bytes written (every file, before any zip or age framing).
    bytes_written: int
    media_bytes: int
    #: SHA-256 of SHA256SUMS: what the custody log records.
    manifest_sha256: str
    #: Whether plaintext was written (a folder or a zip) rather than an age file.
    plaintext: bool
    recipient: str | None
    seconds: float


def body_name(vault: Vault, body: str, language: str) -> str:
    """The body's name in `language` (own_organisation is worded by the renderer)."""
    if body == items.OWN_ORGANISATION:
        return body
    found = next((b for b, _ in bodies.all_bodies(vault.conn) if b.id == body), None)
    return found.name(language) if found else body


def _media(vault: Vault, sink: Sink, item: CaseItem, meter: Meter) -> None:
    for f in item.files:
        with sink.member(f.name, compress=False) as writer:
            for block in media_io.read_blocks(vault, f.sent.id):
                writer.write(block)
                meter.add(len(block))
        f.sha256 = writer.hexdigest()
        f.checked_at = clock.now()
        if f.sha256 != f.sent.sha256:
            raise CaseMediaChanged(f.sent.id)


def _uwazi(vault: Vault, sink: Sink, found: list[CaseItem], pdfs: dict[str, bytes],
           when: str, meter: Meter) -> None:
    files = uwazi.build(found)
    folder = uwazi.DIRECTORY
    for name, text in files.csv.items():
        sink.write(f"{folder}/{name}", text.encode("utf-8"))
    for name in (uwazi.PERSONS, uwazi.INCIDENTS):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as inner:
            inner.writestr(zipfile.ZipInfo("import.csv", zip_time(when)),
                           files.csv[f"{name}.csv"].encode("utf-8"))
        sink.write(f"{folder}/{name}.zip", buffer.getvalue(), compress=False)
    # The testimonies' zip carries the reports and media beside import.csv, as Uwazi reads
    # them: streamed from the store a second time (and checked again), never held whole.
    with sink.member(f"{folder}/{uwazi.TESTIMONIES}.zip") as writer, \
            zipfile.ZipFile(writer, "w", allowZip64=True) as inner:
        inner.writestr(zipfile.ZipInfo("import.csv", zip_time(when)),
                       files.testimonies_import.encode("utf-8"), zipfile.ZIP_DEFLATED)
        for item in found:
            inner.writestr(zipfile.ZipInfo(PurePosixPath(item.report_name).name,
                                           zip_time(when)), pdfs.pop(item.report_name))
            for f in item.files:
                info = zipfile.ZipInfo(PurePosixPath(f.name).name, zip_time(when))
                check = hashlib.sha256()
                with inner.open(info, "w", force_zip64=True) as member:
                    for block in media_io.read_blocks(vault, f.sent.id):
                        member.write(block)
                        check.update(block)
                        meter.add(len(block))
                if check.hexdigest() != f.sha256:
                    raise CaseMediaChanged(f.sent.id)
    sink.write(f"{folder}/templates.json", files.templates)


def write(vault: Vault, plan: CasePlan, out: Path, fmt: str, *, language: str,
          renderer: report.ReportRenderer, recipient: Contact | None = None,
          witness_key: WitnessKey | None = None, progress: ProgressFn | None = None,
          cancel: CancelFn | None = None) -> CaseExportResult:
    """Write the export at `out` (a folder, or a .zip or .age file); log it; say what it did."""
    began = time.perf_counter()
    if out.exists():
        raise CaseOutputExists(str(out))
    exported_at = clock.now()
    shown_body = body_name(vault, plan.body, language)
    meter = Meter(2 * plan.media_bytes + REPORT_WEIGHT * len(plan.included), progress, cancel,
                  "The case export")
    recipients = None
    if fmt == AGE and recipient is not None:
        found = recipient.bundle.x25519()
        recipients = [found] if found is not None else None
    head: dict[str, Any] = {
        "exported_at": exported_at, "exported_by": vault.owner,
        "body": {"id": plan.body, "name": body_name(vault, plan.body, "en")},
        "filter": plan.filter.to_json(), "language": language,
        "recipient": recipient.fingerprint if recipient is not None else None}
    try:
        with open_sink(fmt, out, exported_at, recipients) as sink:
            found_items: list[CaseItem] = []
            pdfs: dict[str, bytes] = {}
            for choice in plan.included:
                meter.report()
                item = gather(vault, choice, witness_key)
                _media(vault, sink, item, meter)
                for f in item.files:
                    sink.write(f"{f.name}.provenance.json",
                               file_provenance.record(item, f, exported_at, plan.body))
                pdf = renderer.render(report.build(item, shown_body, language, exported_at))
                sink.write(item.report_name, pdf, compress=False)
                pdfs[item.report_name] = pdf
                meter.add(REPORT_WEIGHT)
                found_items.append(item)
            sink.write("records.json", records_json.document(found_items, head))
            _uwazi(vault, sink, found_items, pdfs, exported_at, meter)
            sheets = bayanat.build(found_items)
            sink.write(f"{bayanat.DIRECTORY}/actors.csv", sheets.actors.encode("utf-8"))
            sink.write(f"{bayanat.DIRECTORY}/actor_relations.csv",
                       sheets.relations.encode("utf-8"))
            sink.write("README.txt", README.format(
                body=head["body"]["name"], when=exported_at, owner=vault.owner,
                count=len(found_items)).encode("utf-8"))
            manifest = sink.finish()
    except Cancelled:
        raise
    except FileExistsError:
        raise CaseOutputExists(str(out)) from None
    except OSError as exc:
        raise write_error(exc, out) from None
    meter.finish()
    plaintext = fmt != AGE
    with vault.transaction():
        for item in found_items:
            if item.identity is not None:
                archive_identity.log_reveal(vault, item.choice.witness_id,
                                            item.choice.interview_id,
                                            f"case export to {plan.body}", witness_key)
            vault.log("case_exported", "interview", item.choice.interview_id,
                      interview_id=item.choice.interview_id, content_hash=manifest, detail={
                          "body": plan.body, "format": fmt, "destination": out.name,
                          "plaintext": plaintext, "recipient": head["recipient"],
                          "identity": item.identity is not None,
                          "files": [{"attachment": f.sent.id, "form": f.choice.form,
                                     "sha256": f.sha256} for f in item.files]})
    return CaseExportResult(out, fmt, len(found_items), len(sink.sums) + 1, sink.bytes_written,
                            plan.media_bytes, manifest, plaintext, head["recipient"],
                            time.perf_counter() - began)

