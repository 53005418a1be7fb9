"""The records: plain dataclasses, validated by one codec, stored by `recorder.store`."""

from __future__ import annotations

import secrets
import uuid

from ..recovery_key import ALPHABET


def new_id() -> str:
    return str(uuid.uuid4())


def new_witness_code() -> str:
    """A pseudonym like W-7K3M-QX2P: random, so it says nothing about the person or the date."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"W-{chars[:4]}-{chars[4:]}"
