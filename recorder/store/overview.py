"""Everything an editor shows about one interview, read in one go."""

from __future__ import annotations

from dataclasses import dataclass

from .. import custody
from ..model.bundle import Bundle
from ..vault import Vault
from . import bundles, witnesses


@dataclass(frozen=True)
class InterviewOverview:
    #: The interview without its protected identity (that takes a deliberate reveal).
    bundle: Bundle
    #: What may be shown about the identity: sealed or not, which fields are filled in.
    identity: witnesses.IdentityStatus
    custody: list[custody.Entry]


def overview(vault: Vault, interview_id: str) -> InterviewOverview:
    bundle = bundles.export(vault, interview_id)
    return InterviewOverview(
        bundle=bundle,
        identity=witnesses.identity_status(vault, bundle.witness.id),
        custody=custody.entries(vault.conn, interview_id),
    )
