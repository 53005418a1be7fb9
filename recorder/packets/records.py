"""The contents of packet members: interview records, sealed identities, consent changes.

Records are the interview interchange JSON (docs/interchange.md) without the identity, with
only finalized testimony versions and only the attachments consent lets go. The identity
travels as its own age file sealed to the coordinator's witness-identity key
(store.sealed_identity: usually sealed already when it was entered).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .. import canonical
from ..consent import exchange
from ..consent import store as consent_store
from ..model import bundle as bundle_mod
from ..model import codec
from ..model.attachment import Attachment
from ..model.bundle import Bundle
from ..model.consent import Consent
from ..store import bundles
from ..strict_json import loads

if TYPE_CHECKING:
    from ..database import Connection
    from ..vault import Vault

CONSENT_FORMAT = "testimony-recorder/consent-history"
MAX_RECORD_SIZE = 64 * 1024 * 1024
MAX_CONSENT_SIZE = 1024 * 1024
MAX_FINGERPRINTS_SIZE = 64 * 1024


def finalized_bundle(vault: Vault, interview_id: str) -> Bundle | None:
    """The interview with its finalized testimony versions only (None if none is final).

    Drafts never leave the device: a correction in progress stays until it is finalized.
    """
    bundle = bundles.export(vault, interview_id, include_identity=False)
    ordered = sorted(bundle.testimonies, key=lambda t: t.version)
    last_final = max((i for i, t in enumerate(ordered) if t.is_final), default=-1)
    if last_final < 0:
        return None
    return replace(bundle, testimonies=ordered[: last_final + 1])


def state_hash(bundle: Bundle) -> str:
    """What was said and recorded, ignoring bookkeeping times, so that saving a draft or
    opening an interview does not make it 'changed since the last export'. Redacted copies are
    left out too: they are made from the originals (planning an export makes them), so they
    add nothing new, and counting them would make every first export that needs one look
    changed between its preview and its sealing."""
    data = dict(codec.to_dict(replace(bundle, attachments=[
        a for a in bundle.attachments if a.derived_from is None])))
    data.pop("identity", None)
    for key in ("interview", "witness"):
        data[key] = {k: v for k, v in data[key].items() if k != "updated_at"}
    return canonical.digest(data)


def record_bytes(bundle: Bundle, attachments: list[Attachment]) -> bytes:
    """The record member: canonical JSON of the bundle with exactly the attachments sent."""
    sent = replace(bundle, identity=None, attachments=list(attachments))
    return canonical.dumps(bundle_mod.dump(sent))


def sent_derivative(derivative: Attachment, original: Attachment) -> Attachment:
    """A redacted copy as the recipient sees it: on its own, pointing at no original (the
    original's record, with the metadata that was removed, stays on this device)."""
    metadata = {**derivative.metadata, "redacted_copy": "true"}
    return replace(derivative, derived_from=None, metadata=metadata,
                   interview_id=original.interview_id)


def consent_history(conn: Connection, interview_id: str) -> list[Consent]:
    return consent_store.history(conn, interview_id)


def consent_hash(conn: Connection, interview_id: str) -> str:
    """Which consent records exist for the interview (a new one changes this)."""
    return canonical.digest(sorted(c.id for c in consent_history(conn, interview_id)))


def consent_member_bytes(conn: Connection, interview_id: str) -> bytes:
    """The interview's whole consent history, each record with the exact text it answered
    (recorder.consent.exchange payloads), so the archive can show what the witness was shown
    and obey the consent in force."""
    changes = [exchange.payload(conn, c.id) for c in consent_history(conn, interview_id)]
    return canonical.dumps({"format": CONSENT_FORMAT, "version": 1,
                            "interview_id": interview_id, "changes": changes})


def identity_row(conn: Connection, witness_id: str) -> Any:
    return conn.execute("SELECT data, sealed, sealed_pq, sealed_to FROM witness_identity"
                        " WHERE witness_id = ?", (witness_id,)).fetchone()


def parse_consent_member(raw: bytes, where: str) -> tuple[str, list[exchange.Change]]:
    """The interview id and its consent changes (each checked by exchange.parse), oldest
    first."""
    data = loads(raw)
    if (not isinstance(data, dict) or data.get("format") != CONSENT_FORMAT
            or data.get("version") != 1
            or set(data) != {"format", "version", "interview_id", "changes"}
            or not isinstance(data["changes"], list) or len(data["changes"]) > 100):
        raise ValueError("not a consent history")
    interview_id = data["interview_id"]
    changes = [exchange.parse(change, f"{where}[{n}]")
               for n, change in enumerate(data["changes"])]
    if any(c.consent.interview_id != interview_id for c in changes):
        raise ValueError("consents of another interview")
    if not isinstance(interview_id, str):
        raise ValueError("no interview")
    return interview_id, changes
