"""Interview records, and finding an interview from what a person typed."""

from __future__ import annotations

from .. import canonical, clock
from ..database import Connection
from ..errors import AmbiguousReference, NotFound
from ..model import codec, new_id
from ..model.interview import Interview
from ..vault import Vault
from . import rows
from .changes import recorded
from .witnesses import get_witness


def create_interview(vault: Vault, interview: Interview) -> Interview:
    get_witness(vault.conn, interview.witness_id)
    now = clock.now()
    interview.id = interview.id or new_id()
    interview.interviewer = interview.interviewer or vault.owner
    interview.created_at = interview.created_at or now
    interview.updated_at = now
    codec.check(interview, "interview")
    with vault.transaction():
        rows.insert(vault.conn, "interview", interview)
        recorded(vault, "interview_created", "interview", interview.id, interview.id,
                 content_hash=canonical.digest(codec.to_dict(interview)))
    return interview


def start_new(vault: Vault) -> Interview:
    """A new interview with a new witness, started now, ready to be filled in."""
    from ..model.witness import Witness
    from .witnesses import create_witness

    with vault.transaction():
        witness = create_witness(vault, Witness())
        return create_interview(vault, Interview(witness_id=witness.id,
                                                 started_at=clock.now()))


def update_interview(vault: Vault, interview: Interview) -> Interview:
    get_interview(vault.conn, interview.id)
    codec.check(interview, "interview")
    interview.updated_at = clock.now()
    with vault.transaction():
        rows.update(vault.conn, "interview", interview)
        recorded(vault, "interview_updated", "interview", interview.id, interview.id,
                 content_hash=canonical.digest(codec.to_dict(interview)))
    return interview


def get_interview(conn: Connection, interview_id: str) -> Interview:
    interview = rows.get(conn, Interview, "interview", interview_id)
    if interview is None:
        raise NotFound("interview", interview_id)
    return interview


def resolve(conn: Connection, ref: str) -> str:
    """An interview id from a full id, a unique id prefix (4+ characters) or a witness code
    with a single interview."""
    ref = ref.strip()
    if len(ref) < 4:
        raise NotFound("interview", ref)
    like = ref.lower().replace("%", "").replace("_", "") + "%"
    found = [r[0] for r in conn.execute(
        "SELECT id FROM interview WHERE id LIKE ? LIMIT 2", (like,))]
    if not found:
        found = [r[0] for r in conn.execute(
            "SELECT i.id FROM interview i JOIN witness w ON w.id = i.witness_id"
            " WHERE w.code = ? LIMIT 2", (ref.upper(),))]
    if not found:
        raise NotFound("interview", ref)
    if len(found) > 1:
        raise AmbiguousReference("interview", ref)
    return str(found[0])
