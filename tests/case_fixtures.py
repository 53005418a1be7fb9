"""A field laptop, a coordinator's archive and an investigator of an accountability body, as
in practice: four witnesses whose consent differs for that body (the IIIM), with real media,
sent in a real packet and imported, then exported as a case file.

- A: shares the testimony and the identity with the IIIM; Arabic narrative; audio and a
  photo with GPS; a victim named with gender and age group.
- B: shares the testimony with the IIIM but not the identity: media only as redacted copies.
- C: keeps everything within the organisation: never goes to the IIIM.
- D: shared the testimony with the IIIM, but its identity and originals never left the field
  (testimony only for the organisation): the archive holds only redacted copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from testimony_recorder.recorder.archive import facets
from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model import new_id
from testimony_recorder.recorder.packets import importer, writer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.store import bundles, testimonies
from testimony_recorder.recorder.vault import Vault

from .conftest import example_bundle_data, shared_path
from .packet_helpers import FULL_OWN, TESTIMONY_ONLY, enrol, give_consent, make_vault

IIIM = "iiim"
#: Fictional Arabic narrative: "In April 2013 soldiers stopped me at a checkpoint at the
#: entrance of the town, and took me to the security branch where I stayed three weeks."
ARABIC = ("\u0641\u064a \u0646\u064a\u0633\u0627\u0646 \u0662\u0660\u0661\u0663 \u0623\u0648"
          "\u0642\u0641\u0646\u064a \u0639\u0646\u0627\u0635\u0631 \u0639\u0644\u0649 \u062d"
          "\u0627\u062c\u0632 \u0639\u0646\u062f \u0645\u062f\u062e\u0644 \u0627\u0644\u0628"
          "\u0644\u062f\u0629\u060c \u0648\u0627\u0642\u062a\u0627\u062f\u0648\u0646\u064a "
          "\u0625\u0644\u0649 \u0641\u0631\u0639 \u0627\u0644\u0623\u0645\u0646 \u062d\u064a"
          "\u062b \u0628\u0642\u064a\u062a \u062b\u0644\u0627\u062b\u0629 \u0623\u0633\u0627"
          "\u0628\u064a\u0639.")
#: "The interrogator said his name was Abu Fictional."
ARABIC_2 = ("\u0642\u0627\u0644 \u0627\u0644\u0645\u062d\u0642\u0642 \u0625\u0646 \u0627\u0633"
            "\u0645\u0647 \u0623\u0628\u0648 \u062e\u064a\u0627\u0644\u064a.")
NAMES = {"A": "Fictional Witness Alpha", "B": "Fictional Witness Bravo",
         "C": "Fictional Witness Charlie", "D": "Fictional Witness Delta"}
CONSENT = {
    "A": (*FULL_OWN, items.share_testimony(IIIM), items.share_identity(IIIM)),
    "B": (*FULL_OWN, items.share_testimony(IIIM)),
    "C": FULL_OWN,
    "D": (*TESTIMONY_ONLY, items.share_testimony(IIIM)),
}
MEDIA = {"A": ("statement_ar.wav", "photo_gps.jpg"), "B": ("photo_gps.jpg", "document.pdf"),
         "C": ("photo_gps.jpg",), "D": ("photo_gps.jpg",)}


def interview_data(label: str) -> dict[str, Any]:
    data = bundle_mod.renumbered(example_bundle_data())
    victim = {"id": new_id(), "name": "Samira Example", "gender": "female",
              "age_range": "18-29", "description": "Detained with the witness."}
    data["persons"].append(victim)
    for incident in data["incidents"]:
        data["involvements"].append({"incident_id": incident["id"], "person_id": victim["id"],
                                     "role": "victim", "notes": ""})
    data["identity"]["full_name"] = NAMES[label]
    if label == "A":
        data["testimonies"][0].update(narrative=f"{ARABIC}\n\n{ARABIC_2}", language="ar")
    data["consents"] = []
    return data


@dataclass
class CaseWorld:
    field: Vault
    coord: Vault
    investigator: Vault
    tmp: Path
    ids: dict[str, str]
    codes: dict[str, str]
    #: The investigator's key fingerprint, trusted by the coordinator for the IIIM.
    investigator_fp: str

    def close(self) -> None:
        for vault in (self.field, self.coord, self.investigator):
            vault.close()


def build_world(tmp: Path) -> CaseWorld:
    field = make_vault(tmp, "field")
    coord = make_vault(tmp, "coord", "coordinator")
    investigator = make_vault(tmp, "investigator", "coordinator")
    to_coord = enrol(field, coord)
    enrol(coord, field)
    theirs = key_bundle.own_bundle(investigator)
    enrol(coord, investigator, body=IIIM)
    ids, codes = {}, {}
    for label in ("A", "B", "C", "D"):
        interview_id = bundles.add(field, bundle_mod.parse(interview_data(label)))
        for name in MEDIA[label]:
            ingest.ingest_file(field, interview_id, shared_path("media", name))
        give_consent(field, interview_id, CONSENT[label])
        testimonies.finalize(field, interview_id)
        ids[label] = interview_id
        codes[label] = field.conn.execute(
            "SELECT w.code FROM interview i JOIN witness w ON w.id = i.witness_id"
            " WHERE i.id = ?", (interview_id,)).fetchone()[0]
    plan = plan_mod.build(field, [to_coord], plan_mod.Scope())
    packet = writer.seal(field, plan, tmp / "field.tpk").paths[0]
    report = importer.import_packet(coord, packet)
    assert report.imported and len(report.interviews) == 4
    facets.ensure(coord)
    return CaseWorld(field, coord, investigator, tmp, ids, codes, theirs.fingerprint)
