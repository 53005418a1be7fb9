"""The provenance record written beside each media file (`<file>.provenance.json`).

What an investigator needs to rely on one file without this app, following the Berkeley
Protocol's preservation criteria and the IIIM's chain-of-custody principles: whether it is the
original as recorded or a working copy (and of what), what the file says about its capture,
its SHA-256 and when that was last checked against the bytes, and every custody event about it
on the device that recorded it and in this archive (time, actor, action, and the hash chain).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..custody import Entry
from ..packets.choose import ORIGINAL
from .content import CaseItem, ExportedFile

FORMAT = "testimony-recorder/file-provenance"


def _about(entries: tuple[Entry, ...] | list[Entry], ids: set[str]) -> list[dict[str, Any]]:
    return [asdict(e) for e in entries if e.entity_id in ids]


def record(item: CaseItem, file: ExportedFile, exported_at: str, body: str) -> bytes:
    sent = file.sent
    original = file.choice.attachment
    ids = {sent.id, original.id}
    device = item.provenance.device_custody if item.provenance else ()
    received_copy = original.metadata.get("redacted_copy") == "true"
    data = {
        "format": FORMAT, "version": 1,
        "file": file.name,
        "interview_id": item.choice.interview_id, "witness_code": item.code,
        "attachment_id": sent.id, "original_filename": original.filename,
        "kind": sent.kind, "media_type": sent.media_type, "size": sent.size,
        "form": "original" if file.choice.form == ORIGINAL else "redacted copy",
        "copy_of": None if file.choice.form == ORIGINAL or received_copy else {
            "attachment_id": original.id, "sha256": original.sha256,
            "note": "the original stays in the archive; identifying metadata was removed "
                    "from this copy"},
        "why": file.choice.rule,
        "capture_metadata": dict(sent.metadata),
        "identifying_metadata_flags": [f.key for f in sent.flags],
        "recorded_at": original.created_at,
        "fixity": {"algorithm": "SHA-256", "value": file.sha256, "checked_at": file.checked_at,
                   "matches_record": file.sha256 == sent.sha256},
        "custody": {"device": _about(device, ids), "archive": _about(item.custody, ids)},
        "exported": {"at": exported_at, "for": body},
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8") + b"\n"
