"""Why something goes, goes redacted, or stays: the core's stable codes in plain words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .. import formatting
from ..i18n import isolate

_WHY: dict[str, object] = {
    "no_consent": QT_TRANSLATE_NOOP(
        "Reasons", "No consent is recorded: nothing about this interview may leave."),
    "withdrawn": QT_TRANSLATE_NOOP("Reasons", "The witness withdrew consent."),
    "not_finalized": QT_TRANSLATE_NOOP(
        "Reasons", "The testimony is not finalized yet: only finalized testimony is sent."),
    "refused": QT_TRANSLATE_NOOP("Reasons", "The witness did not agree to: %1."),
    "allowed": QT_TRANSLATE_NOOP("Reasons", "Sent."),
    "no_identity": QT_TRANSLATE_NOOP("Reasons", "No identity is recorded."),
    "no_identity_key": QT_TRANSLATE_NOOP(
        "Reasons", "A recipient has no key for witness identities."),
    "sealed_elsewhere": QT_TRANSLATE_NOOP(
        "Reasons", "The identity is sealed to another key and cannot be sent on."),
    "identity_photo": QT_TRANSLATE_NOOP(
        "Reasons", "Photo of the witness's identity: it stays with the identity."),
    "consent_proof": QT_TRANSLATE_NOOP(
        "Reasons", "Proof of consent may show the witness's name: sent only with consent to "
        "share the identity."),
    "missing_file": QT_TRANSLATE_NOOP("Reasons", "The file is missing from this vault."),
    "original": QT_TRANSLATE_NOOP(
        "Reasons", "Sent as recorded: the witness agreed to share their identity."),
    "redacted": QT_TRANSLATE_NOOP(
        "Reasons", "Sent as a redacted copy, without names, places or device details in its "
        "metadata."),
    "no_redacted_copy": QT_TRANSLATE_NOOP(
        "Reasons", "Only a redacted copy may be sent, and none could be made of this file."),
    "witness_key_closed": QT_TRANSLATE_NOOP(
        "Reasons", "The witness agreed, but the witness-identity key is not open: open it to "
        "include the identity."),
}


def explain(why: str, items: Sequence[str], titles: Mapping[str, str]) -> str:
    """One sentence for a code, naming the consent items (by their titles) behind it."""
    source = _WHY.get(why)
    if source is None:
        return why
    text = QCoreApplication.translate("Reasons", str(source))
    named = formatting.joined(isolate(titles.get(item, item)) for item in items)
    return text.replace("%1", named)
