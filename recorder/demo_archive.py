"""A throwaway coordinator vault, for `--demo coordinator`: the packets of three fictional
interviewer laptops, sealed and imported the way real ones are.

The coordinator's pages only say something once packets from several interviewers are in:
the same fictional interrogator and commander named in Latin and Arabic spellings (merge
suggestions; the commander's spellings already merged, so his command links show several
witnesses), one witness interviewed by two teams (a likely pair on the Duplicate witnesses
page), and one packet that never arrived (a gap on the Devices page). The laptops'
vaults are made in a folder beside the coordinator's and deleted once their packets are
imported. Every name, place and person comes from resources/demo/archive.json and is
fictional.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from . import demo, kdf, trusting, unlock
from .archive import batch, devices, facets, merging, perpetrator_index
from .bundled import resource
from .keys import bundle as key_bundle
from .keys import trust
from .keys.trust import Contact
from .linkage import orgkey
from .model import bundle as bundle_mod
from .packets import plan, writer
from .store import testimonies
from .vault import Vault

OWNER = "Demo Coordinator"


def create(path: Path) -> Vault:
    """A new demo coordinator vault at `path`, its packets imported, unlocked. Cheap KDF on
    purpose: it is throwaway, and so are the laptops' vaults."""
    coordinator, _ = unlock.create(path, demo.PASSPHRASE, owner=OWNER, role="coordinator",
                                   kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    try:
        _fill(coordinator, path.parent)
    except BaseException:
        coordinator.close()
        raise
    return coordinator


def _fill(coordinator: Vault, beside: Path) -> None:
    facets.ensure(coordinator)
    spec = json.loads(resource("demo/archive.json").read_text("utf-8"))
    template = json.loads(resource("demo/interviews.json").read_text("utf-8"))["interviews"][0]
    with tempfile.TemporaryDirectory(prefix="fields-", dir=beside) as tmp:
        packets: list[Path] = []
        for number, device in enumerate(spec["devices"], 1):
            packets += _field_packets(Path(tmp) / f"field-{number}", device, template,
                                      coordinator)
        batch.BatchImport(coordinator, packets).run()
    _merge(coordinator, spec["merged"])


def _merge(coordinator: Vault, merged: dict[str, Any]) -> None:
    """The commander's spellings merged, as a coordinator decides after reading the
    suggestions (the interrogator's are left as suggestions, to try merging)."""
    wanted = merged["names"]
    entries = sorted((e for e in perpetrator_index.summaries(coordinator.conn)
                      if e.name in wanted), key=lambda e: (wanted.index(e.name), e.id))
    for absorbed in entries[1:]:
        merging.merge(coordinator, entries[0].id, absorbed.id, note=merged["note"], score=1.0)


def _field_packets(folder: Path, device: dict[str, Any], template: dict[str, Any],
                   coordinator: Vault) -> list[Path]:
    """One laptop: enrolled with the coordinator and trusting it back, one packet per
    interview (each sealed after its interview is added); the withheld ones are left out."""
    field, _ = unlock.create(folder / "vault", demo.PASSPHRASE, owner=device["owner"],
                             kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    try:
        theirs = key_bundle.own_bundle(field)
        devices.enrol(coordinator, theirs.dumps(), theirs.fingerprint)
        # The coordinator's key file for this laptop carries the linkage key, so witnesses
        # are fingerprinted there and the Duplicate witnesses page can compare them.
        linkage = orgkey.for_device(coordinator, trust.resolve(coordinator.conn,
                                                               theirs.fingerprint))
        ours = key_bundle.own_bundle(coordinator, linkage_key=linkage)
        contact = trusting.trust_key_file(field, ours.dumps(), ours.fingerprint)
        sent = []
        for number, interview in enumerate(device["interviews"], 1):
            _add(field, _interview(template, device["interviewer"], interview),
                 refuse_identity=bool(interview.get("refuse_identity")))
            packet = _seal(field, contact, folder / f"packet-{number}.tpk")
            if not interview.get("withheld"):
                sent.append(packet)
        return sent
    finally:
        field.close()


def _interview(template: dict[str, Any], interviewer: str,
               spec: dict[str, Any]) -> dict[str, Any]:
    """The template interview (an arrest, then detention by an interrogator and his commander,
    a command link between them) with this interview's names, dates and places."""
    data = bundle_mod.renumbered(copy.deepcopy(template))
    interrogator, commander = data["persons"]
    interrogator.update(name=spec["interrogator"], unit=spec["unit"], aliases=[])
    commander.update(name=spec["commander"], unit=spec["unit"])
    arrest, detention = data["incidents"]
    arrest["date"] = spec["date"]
    arrest["place"] = {**arrest["place"], "area": spec["area"]}
    detention.update(violations=spec["violations"], date=spec["date"],
                     place={"name": spec["place"], "area": spec["area"]})
    data["witness"] = spec["witness"]
    data["identity"] = {**data["identity"], **spec["identity"]}
    data["interview"]["interviewer"] = interviewer
    data["consents"] = []
    return data


def _add(field: Vault, data: dict[str, Any], *, refuse_identity: bool) -> None:
    """Add the interview as the app does: a draft, the witness's consent, then finalized."""
    interview_id, _ = demo.add_sample(field, bundle_mod.parse(data),
                                      refuse_identity=refuse_identity)
    testimonies.finalize(field, interview_id)


def _seal(field: Vault, coordinator: Contact, out: Path) -> Path:
    """The packet of what changed since the last one (the interview just added)."""
    return writer.seal(field, plan.build(field, [coordinator], plan.Scope()), out).paths[0]


__all__ = ["OWNER", "create"]
