"""The text hash: one documented canonical form, stable, recomputable by anyone."""

from __future__ import annotations

import hashlib
import json

import pytest

from testimony_recorder.recorder import canonical
from testimony_recorder.recorder.consent import bodies, templates
from testimony_recorder.recorder.consent.bodies import Body
from testimony_recorder.recorder.consent.text import ShownText, expand, from_document
from testimony_recorder.recorder.errors import InvalidRecord

#: The hash of each shipped text with the shipped bodies. If one of these changes, the words a
#: witness sees changed: give the template a new version (docs/consent.md) and update this.
GOLDEN = {
    "ar": "b29839776ef4c7ebfb5977e72f106318a93d294073391c8f0c3ab59c64990f58",
    "ckb": "44b5f0f9f7df440fe73545291b285347b4b3f2e6337e9c3b965b189a8bf7f2c3",
    "en": "ab4551871c9a5aa4805ea6ad23f254abf298633e8141483b8a9233874964a6f2",
    "fr": "ba205dc3952edbc256ae73a5ce261a9ffd432035082b10a8279eec15e99432df",
    "ku": "bf250db49dee946a9bf6fb49e6bf41f0d53bc260cbce4ab40c35d54f7c821182",
    "tr": "fda8b63f8fba993b3ef6957b87fc8468adb17432e5c7adc631e2e66a7dfdf4b5",
}


def shown(language: str = "en") -> ShownText:
    return expand(templates.load("standard", language), bodies.builtin())


def independent_hash(doc: dict) -> str:
    """The documented recipe, written out without the project's helpers."""
    data = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("language", sorted(GOLDEN))
def test_shipped_texts_hash_as_recorded(language: str) -> None:
    assert shown(language).hash == GOLDEN[language]


@pytest.mark.parametrize("language", sorted(GOLDEN))
def test_hash_is_recomputable_from_the_document(language: str) -> None:
    text = shown(language)
    assert independent_hash(text.document()) == text.hash
    # ... and from the document after a trip through any JSON tool.
    assert independent_hash(json.loads(json.dumps(text.document(), indent=3))) == text.hash


def test_document_holds_everything_witness_mode_shows() -> None:
    doc = shown("ar").document()
    assert doc["language"] == "ar" and doc["direction"] == "rtl"
    assert doc["introduction"] == list(templates.load("standard", "ar").introduction)
    assert doc["ui"]["yes"] and doc["ui"]["no"] and doc["closing"]
    assert [i["id"] for i in doc["items"]][5:7] == ["share_testimony:iiim",
                                                    "share_identity:iiim"]
    assert "summary" not in doc  # the paper summary is not part of what consent answers


def test_any_change_in_what_is_shown_changes_the_hash() -> None:
    base = shown("en")
    t = templates.load("standard", "en")
    reworded = templates.Template(**{**t.__dict__, "closing": t.closing + " Thanks."})
    assert expand(reworded, bodies.builtin()).hash != base.hash
    assert expand(t, bodies.builtin()[:2]).hash != base.hash  # one body fewer
    assert expand(t, tuple(reversed(bodies.builtin()))).hash != base.hash  # other order
    renamed = Body("icc", {"en": "the ICC"}, {"en": "A court."})
    assert expand(t, [bodies.builtin()[0], renamed, bodies.builtin()[2]]).hash != base.hash
    assert shown("fr").hash != base.hash


def test_hash_is_stable_between_calls() -> None:
    assert shown("ckb").hash == shown("ckb").hash


def test_document_round_trip_and_tampering() -> None:
    doc = shown("ku").document()
    assert from_document(doc) == shown("ku")
    tampered = json.loads(json.dumps(doc))
    tampered["items"][0]["extra"] = "x"
    with pytest.raises(InvalidRecord):
        from_document(tampered)
    with pytest.raises(InvalidRecord):
        from_document({"format": "something else"})
    # 1.0 and true equal 1 in Python but not in canonical JSON: such a document would hash
    # differently from the text rebuilt from it.
    for version in (1.0, True, "1"):
        with pytest.raises(InvalidRecord):
            from_document({**doc, "template_version": version})
    assert from_document(doc).hash == hashlib.sha256(canonical.dumps(doc)).hexdigest()


def test_a_body_missing_a_translation_falls_back_to_english() -> None:
    own = Body("regional", {"en": "the Regional Court"}, {"en": "A court in the region."})
    text = expand(templates.load("standard", "tr"), [own])
    assert "the Regional Court" in text.item("share_testimony:regional").question
