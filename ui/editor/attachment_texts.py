"""The words for attachments: kinds, why a piece of metadata may identify someone, and what a
redacted copy does about it. The core gives stable codes (recorder/media/flags.py); this module
turns them into translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.media import flags as reasons
from testimony_recorder.recorder.model.attachment import Attachment

_CONTEXT = "Attachments"
# Literal context and text at every call, so pyside6-lupdate finds them.
translate = QCoreApplication.translate

_KINDS = {
    "audio": QT_TRANSLATE_NOOP("Attachments", "Audio"),
    "image": QT_TRANSLATE_NOOP("Attachments", "Photo"),
    "video": QT_TRANSLATE_NOOP("Attachments", "Video"),
    "document": QT_TRANSLATE_NOOP("Attachments", "Document"),
    "other": QT_TRANSLATE_NOOP("Attachments", "Other"),
}

#: Short names, for the table ("location, a name").
_SHORT = {
    reasons.LOCATION: QT_TRANSLATE_NOOP("Attachments", "location"),
    reasons.PERSON: QT_TRANSLATE_NOOP("Attachments", "a name"),
    reasons.DEVICE: QT_TRANSLATE_NOOP("Attachments", "device details"),
    reasons.COMMENT: QT_TRANSLATE_NOOP("Attachments", "comments"),
    reasons.CONTACT: QT_TRANSLATE_NOOP("Attachments", "phone or e-mail"),
    reasons.PICTURE: QT_TRANSLATE_NOOP("Attachments", "an embedded picture"),
    reasons.HIDDEN: QT_TRANSLATE_NOOP("Attachments", "hidden metadata"),
}

#: One sentence per reason: what is there and what happens to it in shared copies.
_EXPLAIN = {
    reasons.LOCATION: QT_TRANSLATE_NOOP(
        "Attachments", "It records a place (coordinates or a location name); shared copies "
        "have it removed."),
    reasons.PERSON: QT_TRANSLATE_NOOP(
        "Attachments", "It names a person (artist, author or owner); shared copies have the "
        "name removed."),
    reasons.DEVICE: QT_TRANSLATE_NOOP(
        "Attachments", "It identifies the device that made it (make, model or serial "
        "number); shared copies have this removed."),
    reasons.COMMENT: QT_TRANSLATE_NOOP(
        "Attachments", "It holds comments or descriptions; shared copies have them removed."),
    reasons.CONTACT: QT_TRANSLATE_NOOP(
        "Attachments", "It holds a phone number or an e-mail address; shared copies have it "
        "removed."),
    reasons.PICTURE: QT_TRANSLATE_NOOP(
        "Attachments", "It carries an embedded picture (such as cover art); shared copies have "
        "it removed."),
    reasons.HIDDEN: QT_TRANSLATE_NOOP(
        "Attachments", "It carries metadata blocks that cannot be read through; shared copies "
        "have them removed, or cannot be made."),
}


def kind_name(kind: str) -> str:
    """"Photo" for the core's "image": its kinds in plain words."""
    return translate(_CONTEXT, str(_KINDS.get(kind, _KINDS["other"])))


def kind_text(attachment: Attachment) -> str:
    if attachment.derived_from:
        return translate("Attachments", "Redacted copy")
    return kind_name(attachment.kind)


def flag_reasons(attachment: Attachment) -> list[str]:
    """The distinct reason codes of its flags, in a stable order."""
    order = list(_SHORT)
    found = {f.reason for f in attachment.flags}
    return [r for r in order if r in found] + sorted(found - set(order))


def reason_text(reason: str) -> str:
    return translate(_CONTEXT, str(_SHORT[reason])) if reason in _SHORT else reason


def flags_summary(attachment: Attachment, language: str) -> str:
    """"location, a name and device details"; empty when nothing was flagged."""
    return i18n.listing([reason_text(r) for r in flag_reasons(attachment)], language)


def explanation(attachment: Attachment) -> str:
    """Why the file may identify someone, and what shared copies do about it."""
    if attachment.derived_from:
        return translate(
            "Attachments", "This is a redacted copy: the metadata that may identify someone "
            "was removed, the sound or picture itself is unchanged. This is the copy to share.")
    if not attachment.flags:
        return translate("Attachments", "Nothing in this file's metadata looks identifying.")
    found = flag_reasons(attachment)
    parts = []
    if reasons.LOCATION in found and attachment.kind == "image":
        parts.append(translate(
            "Attachments", "This photo contains GPS coordinates (where it was taken); shared "
            "copies have them removed."))
        found.remove(reasons.LOCATION)
    parts += [translate(_CONTEXT, str(_EXPLAIN[r])) for r in found if r in _EXPLAIN]
    parts.append(translate(
        "Attachments", "The original stays exactly as it was received, as evidence."))
    return " ".join(parts)


def redacted_state(attachment: Attachment, has_copy: bool) -> str:
    """The table's "Redacted copy" cell."""
    if attachment.derived_from:
        return ""
    if has_copy:
        return translate("Attachments", "Made")
    if attachment.flags:
        return translate("Attachments", "Not made yet")
    return translate("Attachments", "Not needed")
