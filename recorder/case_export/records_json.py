"""records.json: every field of every testimony sent, with its ESF view beside it.

Each testimony carries its record exactly as the interchange format writes it
(docs/interchange.md: witness, interview, the finalized testimony versions, incidents, persons,
involvements, command links, consent records, and the attachments that were sent), the
witness's identity only where consent for this body allows it, what consent decided and why,
the files written for it, where it came from, and the same facts numbered as HURIDOCS ESF
fields (recorder.case_export.esf). Testimonies that were left out are not named here: the
recipient learns nothing about them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .. import __version__
from ..model import codec
from . import esf
from .content import CaseItem

FORMAT = "testimony-recorder/case-export"
VERSION = 1


def _provenance(item: CaseItem) -> dict[str, Any] | None:
    p = item.provenance
    if p is None:
        return None
    return {"sender": p.sender, "device": None if p.device is None else p.device.name,
            "signature": p.signature, "record_sha256": p.record_sha256,
            "packets": [asdict(x) for x in p.packets],
            "device_custody": [asdict(e) for e in p.device_custody],
            "archive_custody": [asdict(e) for e in p.archive_custody]}


def testimony(item: CaseItem) -> dict[str, Any]:
    d = item.choice.decision
    record = codec.to_dict(item.bundle)
    record["identity"] = None if item.identity is None else codec.to_dict(item.identity)
    return {
        "interview_id": item.choice.interview_id,
        "witness_code": item.code,
        "consent": {"testimony": d.testimony, "identity": item.identity is not None,
                    "audio": d.audio, "witness_images": d.witness_images,
                    "media_form": d.media_form, "rules": dict(d.rules)},
        "record": record,
        "files": [{"file": f.name, "attachment_id": f.sent.id, "form": f.choice.form,
                   "provenance": f"{f.name}.provenance.json", "sha256": f.sha256,
                   "size": f.sent.size} for f in item.files],
        "report": item.report_name,
        "provenance": _provenance(item),
        "esf": esf.view(item),
    }


def document(items: list[CaseItem], head: dict[str, Any]) -> bytes:
    """The whole file: `head` (body, filter, language, times) then every testimony (compact:
    Python's fast JSON encoder is used only without indentation; `python -m json.tool`
    shows it indented)."""
    return json.dumps({
        "format": FORMAT, "version": VERSION, "generator": f"Testimony Recorder {__version__}",
        **head,
        "esf": {"standard": "HURIDOCS Events Standard Formats, 2nd revised edition (2001)",
                "fields": esf.FIELDS},
        "testimonies": [testimony(i) for i in items]},
        ensure_ascii=False, sort_keys=True, allow_nan=False).encode("utf-8") + b"\n"
