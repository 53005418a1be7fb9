"""Building blocks for packet tests: real vaults on disk, enrolled by fingerprint, with
interviews, consent records and finalized testimonies made through the core's own API."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from testimony_recorder.recorder import kdf, trusting, unlock
from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.consent.text import current_texts
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model.consent import Consent
from testimony_recorder.recorder.packets.export_flow import ExportFlow
from testimony_recorder.recorder.packets.plan import Scope
from testimony_recorder.recorder.packets.writer import ExportResult
from testimony_recorder.recorder.store import bundles, testimonies
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE, example_bundle_data
from .consent_support import draft

#: Consent to everything for the interviewer's own organisation.
FULL_OWN = (items.PARTICIPATION, items.DOCUMENTATION_USE, items.IDENTITY_WITH_ORGANISATION,
            items.AUDIO_RECORDING, items.PHOTO_VIDEO)
#: Testimony only: no identity, no audio, no images of the witness.
TESTIMONY_ONLY = (items.PARTICIPATION, items.DOCUMENTATION_USE)


def make_vault(base: Path, name: str, role: str = "interviewer") -> Vault:
    vault, _ = unlock.create(base / name, PASSPHRASE, owner=f"{name} owner", role=role,
                             kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    return vault


def reopen(vault: Vault) -> Vault:
    path = vault.path
    vault.close()
    return unlock.unlock(path, PASSPHRASE).vault


def enrol(holder: Vault, other: Vault, body: str = items.OWN_ORGANISATION) -> trust.Contact:
    """`holder` trusts `other`'s key after comparing the fingerprint (as people would)."""
    theirs = key_bundle.own_bundle(other)
    return trusting.trust_key_file(holder, theirs.dumps(), theirs.fingerprint, body=body)


def give_consent(vault: Vault, interview_id: str, yes: Iterable[str]) -> Consent:
    """A signed consent through the consent module, as witness mode stores it: yes to `yes`,
    no to every other item of the shipped English text (an amendment if one is in force)."""
    shown = current_texts(vault.conn)["en"]
    wanted = set(yes)
    choices = {item: item in wanted for item in shown.item_ids}
    previous = consent_store.current(vault.conn, interview_id)
    return consent_store.record(vault, draft(vault, interview_id, choices,
                                             supersedes=None if previous is None
                                             else previous.id))


def add_interview(vault: Vault, yes: Iterable[str] | None = FULL_OWN, *,
                  finalize: bool = True, narrative: str | None = None) -> str:
    """The example interview (with its fictional identity), consent, finalized testimony."""
    data = bundle_mod.renumbered(example_bundle_data())  # ids unique per interview
    if narrative is not None:
        data["testimonies"][0]["narrative"] = narrative
    data["consents"] = []
    interview_id = bundles.add(vault, bundle_mod.parse(data))
    if yes is not None:
        give_consent(vault, interview_id, yes)
    if finalize:
        testimonies.finalize(vault, interview_id)
    return interview_id


def custody_len(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM custody_log").fetchone()[0])


def table_counts(vault: Vault) -> dict[str, int]:
    names = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'"
        " AND name NOT LIKE 'sqlite_%'")]
    return {n: int(vault.conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0])  # noqa: S608
            for n in names}


def export_packet(vault: Vault, recipients: list[str], out: Path) -> ExportResult:
    """Seal everything new for `recipients` into `out`, the steps `testimony export` takes."""
    flow = ExportFlow()
    flow.choose_recipients(vault, recipients)
    flow.choose_scope(vault, Scope())
    return flow.seal(vault, out)
