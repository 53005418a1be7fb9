"""A field laptop and a coordinator that enrolled each other, and a first packet between them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.packets import writer
from testimony_recorder.recorder.vault import Vault

from .packet_helpers import FULL_OWN, TESTIMONY_ONLY, add_interview, enrol, make_vault


@dataclass
class Pair:
    field: Vault
    coord: Vault
    tmp: Path
    to_coord: trust.Contact
    from_field: trust.Contact

    def export(self, name: str = "packet.tpk", scope: plan_mod.Scope | None = None,
               **kwargs: object) -> Path:
        plan = plan_mod.build(self.field, [self.to_coord], scope or plan_mod.Scope())
        result = writer.seal(self.field, plan, self.tmp / name, **kwargs)  # type: ignore[arg-type]
        return result.paths[0]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    field = make_vault(tmp_path, "field")
    coord = make_vault(tmp_path, "coord", "coordinator")
    p = Pair(field, coord, tmp_path, enrol(field, coord), enrol(coord, field))
    yield p
    field.close()
    coord.close()


@pytest.fixture
def packet(pair: Pair) -> Path:
    """Two interviews (one with identity), one left out for lack of consent."""
    add_interview(pair.field, FULL_OWN)
    add_interview(pair.field, TESTIMONY_ONLY)
    add_interview(pair.field, None)
    return pair.export()
