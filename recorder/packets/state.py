"""What this vault remembers about packets: sequence numbers, deliveries, withdrawals.

Small queries shared by planning, sealing, importing, receipts and purging.
"""

from __future__ import annotations

from typing import Any

from ..custody import GENESIS
from ..database import Connection


def withdrawn_reason(conn: Connection, interview_id: str) -> str | None:
    row = conn.execute("SELECT 1 FROM interview_withdrawn WHERE interview_id = ?",
                       (interview_id,)).fetchone()
    return None if row is None else "consent withdrawn"


def is_withdrawn(conn: Connection, interview_id: str) -> bool:
    return withdrawn_reason(conn, interview_id) is not None


def _latest(conn: Connection, interview_id: str, fp: str, column: str,
            with_record: bool) -> str | None:
    where = " AND record_sha256 IS NOT NULL" if with_record else ""
    row = conn.execute(
        f"SELECT {column} FROM delivery WHERE interview_id = ? AND fingerprint = ?"  # noqa: S608
        f"{where} ORDER BY id DESC LIMIT 1", (interview_id, fp)).fetchone()
    return None if row is None else row[0]


def last_state(conn: Connection, interview_id: str, fp: str) -> str | None:
    """The state hash of the interview as last sent to this recipient."""
    return _latest(conn, interview_id, fp, "state_hash", True)


def last_acknowledged_state(conn: Connection, interview_id: str, fp: str) -> str | None:
    """The state hash of the latest version of the interview a receipt from this recipient
    acknowledged."""
    row = conn.execute(
        "SELECT state_hash FROM delivery WHERE interview_id = ? AND fingerprint = ?"
        " AND record_sha256 IS NOT NULL AND acknowledged_at IS NOT NULL"
        " ORDER BY id DESC LIMIT 1", (interview_id, fp)).fetchone()
    return None if row is None else row[0]


def last_consent(conn: Connection, interview_id: str, fp: str) -> str | None:
    """Which consent history the recipient was last sent for the interview."""
    return _latest(conn, interview_id, fp, "consent_hash", False)


def delivered_to_all(conn: Connection, fps: list[str]) -> list[str]:
    marks = ",".join("?" for _ in fps)
    rows = conn.execute(
        f"SELECT interview_id FROM delivery WHERE fingerprint IN ({marks})"  # noqa: S608
        " AND record_sha256 IS NOT NULL GROUP BY interview_id"
        " HAVING count(DISTINCT fingerprint) = ? ORDER BY min(id)", (*fps, len(fps)))
    return [r[0] for r in rows]


def identity_photo(conn: Connection, witness_id: str) -> str | None:
    row = conn.execute("SELECT photo_attachment_id FROM witness_identity WHERE witness_id = ?",
                       (witness_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def last_sent(conn: Connection, fp: str) -> tuple[int, str | None]:
    """(last sequence number, last packet id) of packets to this recipient."""
    row = conn.execute("SELECT sequence, packet_id FROM packet_sent_to WHERE fingerprint = ?"
                       " ORDER BY sequence DESC LIMIT 1", (fp,)).fetchone()
    return (0, None) if row is None else (int(row[0]), str(row[1]))


def custody_from(conn: Connection, fps: list[str]) -> tuple[int, str]:
    """Where the custody excerpt starts: after the oldest head any recipient was last sent,
    so that each of them can check the chain continues from what it saw."""
    start: tuple[int, str] | None = None
    for fp in fps:
        row = conn.execute(
            "SELECT p.custody_seq, p.custody_hash FROM packet_sent_to t"
            " JOIN packet_sent p ON p.packet_id = t.packet_id WHERE t.fingerprint = ?"
            " ORDER BY t.sequence DESC LIMIT 1", (fp,)).fetchone()
        if row is None:
            return 0, GENESIS
        if start is None or int(row[0]) < start[0]:
            start = (int(row[0]), str(row[1]))
    if start is None or start[0] == 0:
        return 0, GENESIS
    # The hash as the log has it now: if history was rewritten since, the recipient sees the
    # difference from what it stored (and flags it) instead of a broken excerpt.
    now = conn.execute("SELECT hash FROM custody_log WHERE seq = ?", (start[0],)).fetchone()
    return start[0], str(now[0]) if now is not None else start[1]


def packet_received(conn: Connection, packet_id: str) -> Any:
    return conn.execute("SELECT * FROM packet_received WHERE packet_id = ?",
                        (packet_id,)).fetchone()


def sender_sequences(conn: Connection, sender: str) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT sequence FROM packet_received WHERE sender = ? ORDER BY sequence", (sender,))]


def missing_ranges(sequences: list[int]) -> list[tuple[int, int]]:
    """Gaps in 1..max(sequences), as inclusive ranges (in time proportional to the number of
    sequences, not to the highest one: a device may have sent thousands of packets)."""
    gaps: list[tuple[int, int]] = []
    expected = 1
    for n in sorted(set(sequences)):
        if n > expected:
            gaps.append((expected, n - 1))
        expected = max(expected, n + 1)
    return gaps
