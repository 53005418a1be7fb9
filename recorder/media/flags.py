"""Which metadata may identify a person, a place or a device.

Rules work on the metadata keys the readers produce ("tag:TPE1", "exif:GPSLatitude",
"pdf:Author", ...) and on the values themselves, so a phone number typed into a comment field is
flagged even when the field's name says nothing.
"""

from __future__ import annotations

import re

from ..model.attachment import Flag

#: Stable reason codes (the UI translates them).
PERSON = "person"
COMMENT = "comment"
LOCATION = "location"
DEVICE = "device"
CONTACT = "contact"
PICTURE = "picture"
HIDDEN = "embedded_metadata"

# Substrings of lower-cased key names (the part after "tag:", "exif:", ...), per reason.
_KEY_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (LOCATION, ("gps", "location", "loci", "\u00a9xyz", "iso6709", "latitude", "longitude",
                "geo", "place")),
    (PERSON, ("artist", "author", "creator", "composer", "performer", "conductor", "lyricist",
              "copyright", "owner", "tpe1", "tpe2", "tpe3", "tpe4", "tcom", "text", "tcop",
              "\u00a9art", "aart", "\u00a9wrt", "cprt", "writer", "publisher", "encodedby",
              "tenc", "person", "contact")),
    (DEVICE, ("serial", "make", "model", "uniqueid", "lens", "device", "camera")),
    (COMMENT, ("comment", "description", "desc", "comm", "\u00a9cmt", "lyrics", "uslt",
               "synopsis", "keywords", "subject", "note")),
    (PICTURE, ("apic", "covr", "picture", "thumbnail")),
    (HIDDEN, ("xmp", "iptc", "photoshop", "unchecked", "encrypted", "unreadable")),
)
# Keys that never identify anyone even though a rule above would match their name.
_HARMLESS = ("encoder", "tsse", "\u00a9too", "software", "producer", "pdf:creator")

_COORDS = re.compile(r"[-+]?\d{1,2}\.\d{3,}\s*[,; ]\s*[-+]?\d{1,3}\.\d{3,}"
                     r"|[-+]\d{1,2}\.\d+[-+]\d{1,3}\.\d+")
_PHONE = re.compile(r"\+?\d[\d ()\-]{6,}\d")  # no dots: "59.27.100" is a version
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def _by_key(key: str) -> str | None:
    lowered = key.lower()
    name = lowered.split(":", 1)[-1]
    for reason, needles in _KEY_RULES:
        if any(needle in name for needle in needles):
            return reason
    return None


def _by_value(value: str) -> str | None:
    if _COORDS.search(value):
        return LOCATION
    if _EMAIL.search(value):
        return CONTACT
    phone = _PHONE.search(value)
    if phone and sum(ch.isdigit() for ch in phone.group()) >= 7:
        return CONTACT
    return None


def flag_metadata(metadata: dict[str, str]) -> list[Flag]:
    """One flag per metadata entry that may identify someone, with the reason why."""
    flags = []
    for key, value in metadata.items():
        if key.startswith("info:"):
            continue  # technical facts (duration, codec) identify nobody
        lowered = key.lower()
        if lowered in _HARMLESS or lowered.split(":", 1)[-1] in _HARMLESS:
            continue
        timestamp = "date" in lowered or "time" in lowered  # digits of a date are no phone
        reason = _by_key(key) or (None if timestamp else _by_value(value))
        if reason is not None:
            flags.append(Flag(key=key[:200], value=value[:2000], reason=reason))
    return flags
