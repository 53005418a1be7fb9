"""What to tell the person about recordings a crash had interrupted and this unlock recovered.

`Vault` recovers them while opening (recovery.on_unlock) and keeps the attachments in
`vault.recovered_recordings`; this turns them into facts a window can put into a sentence:
which witness, how long.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import RecorderError
from ..store.interviews import get_interview
from ..store.witnesses import get_witness
from .recovery import recovered_seconds

if TYPE_CHECKING:
    from ..vault import Vault


@dataclass(frozen=True)
class RecoveredRecording:
    attachment_id: str
    interview_id: str
    #: The witness's pseudonym ("W-..."); empty if it could not be read.
    witness_code: str
    seconds: float


def recovered_report(vault: Vault) -> list[RecoveredRecording]:
    """The recordings this unlock recovered, with their witness and length."""
    report = []
    for attachment in vault.recovered_recordings:
        try:
            interview = get_interview(vault.conn, attachment.interview_id)
            code = get_witness(vault.conn, interview.witness_id).code
        except RecorderError:
            code = ""
        report.append(RecoveredRecording(attachment.id, attachment.interview_id, code,
                                         recovered_seconds(attachment)))
    return report
