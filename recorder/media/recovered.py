"""What to tell the person about recordings a crash had interrupted and this unlock recovered.

Unlocking recovers them (`recorder.unlock` through recovery.on_unlock) and returns the
attachments with the vault (`Unlocked.recovered`); this turns them into facts a window can put
into a sentence: which witness, how long.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import RecorderError
from ..model.attachment import Attachment
from ..store.interviews import get_interview
from ..store.witnesses import get_witness
from ..vault import Vault
from .recovery import recovered_seconds


@dataclass(frozen=True)
class RecoveredRecording:
    attachment_id: str
    interview_id: str
    #: The witness's pseudonym ("W-..."); empty if it could not be read.
    witness_code: str
    seconds: float


def recovered_report(vault: Vault, recovered: Iterable[Attachment]) -> list[RecoveredRecording]:
    """The recordings an unlock recovered (`Unlocked.recovered`), with witness and length."""
    report = []
    for attachment in recovered:
        try:
            interview = get_interview(vault.conn, attachment.interview_id)
            code = get_witness(vault.conn, interview.witness_id).code
        except RecorderError:
            code = ""
        report.append(RecoveredRecording(attachment.id, attachment.interview_id, code,
                                         recovered_seconds(attachment)))
    return report
