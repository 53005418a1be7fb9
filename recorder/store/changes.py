"""What every change to an interview does besides the change itself."""

from __future__ import annotations

from typing import Any

from .. import clock
from ..search.index import reindex_later
from ..vault import Vault


def recorded(
    vault: Vault,
    action: str,
    entity_type: str,
    entity_id: str,
    interview_id: str | None,
    *,
    content_hash: str | None = None,
    detail: dict[str, Any] | None = None,
    reindex: bool = True,
) -> None:
    """Log custody, mark the interview as changed and have its search entries refreshed
    before the change commits; tell the vault's `on_interview_changed` (in a coordinator's
    vault, the archive's facets are then refreshed before the change commits too).

    Call inside the transaction that makes the change.
    """
    vault.log(action, entity_type, entity_id, interview_id=interview_id,
              content_hash=content_hash, detail=detail)
    if interview_id is not None:
        vault.conn.execute("UPDATE interview SET updated_at = ? WHERE id = ?",
                           (clock.now(), interview_id))
        if reindex:
            reindex_later(vault, interview_id)
        if vault.on_interview_changed is not None:
            vault.on_interview_changed(vault, interview_id)
