"""What consent allows to leave the device, decided in one place.

Every export, the coordinator's views and the recorder ask this module; none of them interprets
consent answers on its own. Anything not explicitly answered "yes" is a no, a withdrawal is a
no to everything, and no consent record at all means nothing leaves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.consent import Consent
from . import items

ORIGINAL = "original"
REDACTED = "redacted"


@dataclass(frozen=True)
class Decision:
    """What may go to one recipient, with the rule behind each choice (shown in previews and
    written into packet manifests)."""

    testimony: bool
    identity: bool
    audio: bool
    witness_images: bool
    #: Originals carry metadata that can identify the witness; without consent to share the
    #: identity only redacted derivatives go.
    media_form: str
    rules: dict[str, str] = field(default_factory=dict)
    #: For each use that is not allowed (testimony, identity...), the consent items the
    #: witness did not answer yes to, so a preview names only those, never an item agreed to.
    lacking: dict[str, tuple[str, ...]] = field(default_factory=dict)


def effective(history: list[Consent]) -> Consent | None:
    """The consent in force: the latest record (a withdrawal or amendment replaces earlier ones)."""
    return max(history, key=lambda c: (c.created_at, c.given_at), default=None)


def _testimony_item(body: str) -> str:
    if body == items.OWN_ORGANISATION:
        return items.DOCUMENTATION_USE
    return items.share_testimony(body)


def _identity_item(body: str) -> str:
    if body == items.OWN_ORGANISATION:
        return items.IDENTITY_WITH_ORGANISATION
    return items.share_identity(body)


def decide(consent: Consent | None, body: str) -> Decision:
    """What may be sent to a recipient belonging to `body`."""
    if consent is None:
        return Decision(False, False, False, False, REDACTED,
                        {"testimony": "no consent record: nothing may leave the device"})
    if consent.kind == "withdrawn":
        return Decision(False, False, False, False, REDACTED,
                        {"testimony": "consent withdrawn"})
    t_item, i_item = _testimony_item(body), _identity_item(body)
    testimony = consent.answer(items.PARTICIPATION) and consent.answer(t_item)
    identity = testimony and consent.answer(i_item)
    audio = testimony and consent.answer(items.AUDIO_RECORDING)
    images = testimony and consent.answer(items.PHOTO_VIDEO)
    needs = {"testimony": (items.PARTICIPATION, t_item), "identity": (items.PARTICIPATION,
                                                                      t_item, i_item),
             "audio": (items.AUDIO_RECORDING,), "witness_images": (items.PHOTO_VIDEO,)}
    lacking = {use: tuple(i for i in wanted if not consent.answer(i))
               for use, wanted in needs.items()}
    return Decision(
        testimony=testimony,
        identity=identity,
        audio=audio,
        witness_images=images,
        media_form=ORIGINAL if identity else REDACTED,
        rules={
            "testimony": f"{items.PARTICIPATION} and {t_item}",
            "identity": i_item,
            "audio": items.AUDIO_RECORDING,
            "witness_images": items.PHOTO_VIDEO,
            "media_form": f"originals only with {i_item}",
        },
        lacking={use: found for use, found in lacking.items() if found},
    )


def may_record_audio(consent: Consent | None) -> bool:
    """The recorder is enabled only with an explicit yes to audio recording."""
    return consent is not None and consent.kind != "withdrawn" and consent.answer(
        items.AUDIO_RECORDING)
