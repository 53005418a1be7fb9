"""Three interviewer laptops and one coordinator, as in the field: the same alleged
perpetrator named in all three under different spellings (Latin and Arabic), a command link
two witnesses describe, and packets with a gap, a replay and a tampered copy among them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testimony_recorder.recorder.archive import devices, facets
from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.packets import writer
from testimony_recorder.recorder.store import bundles, testimonies
from testimony_recorder.recorder.vault import Vault

from .conftest import example_bundle_data
from .packet_helpers import FULL_OWN, enrol, give_consent, make_vault

#: Consent to everything for the organisation and to sharing the testimony with the IIIM.
WITH_IIIM = (*FULL_OWN, items.share_testimony("iiim"))


def interview_data(perpetrator: str, superior: str, *, unit: str = "Branch 215",
                   violations: tuple[str, ...] = ("arbitrary_arrest", "torture"),
                   date: dict[str, str] | None = None, area: str = "SY-HL",
                   place: str = "Security branch") -> dict[str, Any]:
    """The example interview, with its alleged perpetrator, his superior (a command link
    between them, both with roles in the second incident) and the incident's facts changed."""
    data = bundle_mod.renumbered(example_bundle_data())
    perp, boss = data["persons"]
    perp.update(name=perpetrator, unit=unit, aliases=[])
    boss.update(name=superior, unit=unit)
    incident = data["incidents"][1]
    incident.update(violations=list(violations), place={"name": place, "area": area})
    if date is not None:
        incident["date"] = date
    data["consents"] = []
    return data


def add(vault: Vault, data: dict[str, Any], yes: tuple[str, ...] = FULL_OWN) -> str:
    interview_id = bundles.add(vault, bundle_mod.parse(data))
    give_consent(vault, interview_id, yes)
    testimonies.finalize(vault, interview_id)
    return interview_id


@dataclass
class Field:
    vault: Vault
    fingerprint: str
    to_coord: Any
    interviews: list[str] = field(default_factory=list)

    def export(self, path: Path) -> Path:
        plan = plan_mod.build(self.vault, [self.to_coord], plan_mod.Scope())
        return writer.seal(self.vault, plan, path).paths[0]


@dataclass
class Office:
    coord: Vault
    fields: dict[str, Field]
    stick: Path
    #: Packet files by label (a1, a2, a3, b1, c1).
    packets: dict[str, Path]

    def close(self) -> None:
        for f in self.fields.values():
            f.vault.close()
        self.coord.close()


def build_office(tmp: Path) -> Office:
    coord = make_vault(tmp, "coord", "coordinator")
    facets.ensure(coord)
    fields: dict[str, Field] = {}
    for name in ("a", "b", "c"):
        vault = make_vault(tmp, f"field-{name}")
        theirs = key_bundle.own_bundle(vault)
        devices.enrol(coord, theirs.dumps(), theirs.fingerprint)
        fields[name] = Field(vault, theirs.fingerprint, enrol(vault, coord))
    out = tmp / "out"
    out.mkdir()
    a, b, c = fields["a"], fields["b"], fields["c"]
    packets = {}
    a.interviews.append(add(a.vault, interview_data("Mohammad al-Hassan", "Khaled Haddad")))
    packets["a1"] = a.export(out / "a1.tpk")
    a.interviews.append(add(a.vault, interview_data("Abu Fictional", "The Director",
                                                    unit="Fictional Branch 000")))
    packets["a2"] = a.export(out / "a2.tpk")  # never reaches the coordinator: a gap
    a.interviews.append(add(a.vault, interview_data(
        "Samir Jaber", "Khaled Haddad", violations=("enforced_disappearance",),
        date={"precision": "year", "start": "2014"}, area="SY-HM", place="Hama road")))
    packets["a3"] = a.export(out / "a3.tpk")
    b.interviews.append(add(b.vault, interview_data(
        "\u0645\u062d\u0645\u062f \u0627\u0644\u062d\u0633\u0646",
        "\u062e\u0627\u0644\u062f \u062d\u062f\u0627\u062f")))
    packets["b1"] = b.export(out / "b1.tpk")
    c.interviews.append(add(c.vault, interview_data(
        "Muhammad Al Hasan", "Ahmad Saleh", unit="Air Force Intelligence",
        violations=("extrajudicial_killing",),
        date={"precision": "month", "start": "2015-06"}, area="SY-DI", place="Douma"),
        yes=WITH_IIIM))
    packets["c1"] = c.export(out / "c1.tpk")
    stick = tmp / "stick"
    (stick / "packets").mkdir(parents=True)
    (stick / "packets" / "01-a1.tpk").write_bytes(packets["a1"].read_bytes())
    tampered = bytearray(packets["b1"].read_bytes())
    tampered[len(tampered) // 2] ^= 0x01
    (stick / "packets" / "02-b1-copy.tpk").write_bytes(bytes(tampered))
    (stick / "packets" / "03-a3.tpk").write_bytes(packets["a3"].read_bytes())
    (stick / "packets" / "04-b1.tpk").write_bytes(packets["b1"].read_bytes())
    raw = packets["c1"].read_bytes()
    (stick / "packets" / "05-c1.tpk.001").write_bytes(raw[: len(raw) // 2])
    (stick / "packets" / "05-c1.tpk.002").write_bytes(raw[len(raw) // 2:])
    (stick / "packets" / "06-a1-again.tpk").write_bytes(packets["a1"].read_bytes())
    (stick / "notes.txt").write_text("not a packet\n")
    return Office(coord, fields, stick, packets)
