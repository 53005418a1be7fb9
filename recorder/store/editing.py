"""Remembering which interview is open in an editor, so that after a crash the next unlock can
offer it back. A clean close or lock clears the mark."""

from __future__ import annotations

from ..vault import Vault

_KEY = "editing"


def mark(vault: Vault, interview_id: str | None) -> None:
    with vault.transaction():
        if interview_id:
            vault.set_meta(_KEY, interview_id)
        else:
            vault.conn.execute("DELETE FROM meta WHERE key = ?", (_KEY,))


def interrupted(vault: Vault) -> str | None:
    """The interview that was open when the app last stopped without closing cleanly."""
    value = vault.meta(_KEY)
    if not value:
        return None
    exists = vault.conn.execute("SELECT 1 FROM interview WHERE id = ?", (value,)).fetchone()
    return value if exists else None
