"""The shipped consent templates: complete in every language, consistent, and checked."""

from __future__ import annotations

import copy
import json
import unicodedata

import pytest

from testimony_recorder.recorder.bundled import resource
from testimony_recorder.recorder.consent import bodies, items, templates
from testimony_recorder.recorder.consent.errors import TemplateInvalid, TemplateNotFound
from testimony_recorder.recorder.consent.text import expand, unfilled

LANGUAGES = ("ar", "ckb", "en", "fr", "ku", "tr")
RTL = {"ar", "ckb"}


def _raw(language: str) -> dict:
    path = resource(f"consent/{language}/standard.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _strings(template: templates.Template) -> list[str]:
    out = [template.title, template.language_name, template.closing, *template.introduction,
           *template.ui.values(), *template.summary.values()]
    for item in template.items:
        out += [item.title, item.question, item.explanation, item.detail]
    return out


def test_every_required_language_has_the_standard_template() -> None:
    assert sorted(t.language for t in templates.latest("standard")) == sorted(LANGUAGES)


def test_same_items_in_the_same_order_in_every_language() -> None:
    reference = [(i.id, i.per_body, bool(i.detail)) for i in templates.load("standard", "en").items]
    assert [r[0] for r in reference][:5] == list(items.BASE_ITEMS[:5])
    for language in LANGUAGES:
        t = templates.load("standard", language)
        assert [(i.id, i.per_body, bool(i.detail)) for i in t.items] == reference, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_empty_or_untrimmed_strings(language: str) -> None:
    t = templates.load("standard", language)
    for s in _strings(t):
        if s == "":
            continue  # only an item without a detail prompt has an empty detail
        assert s.strip() == s and s, (language, s)
    assert len(t.introduction) == len(templates.load("standard", "en").introduction)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_english(language: str) -> None:
    en, t = templates.load("standard", "en"), templates.load("standard", language)
    for a, b in zip(en.items, t.items, strict=True):
        for field in ("title", "question", "explanation", "detail"):
            ours, theirs = (templates.placeholders(getattr(x, field)) for x in (a, b))
            if a.per_body and field == "explanation":
                # A translation may say "they" where English repeats the name; the body must
                # still be introduced ({about}) where it is first asked about.
                assert theirs <= {"body", "about"}
                assert ("about" in theirs) == ("about" in ours), (language, a.id)
            else:
                assert ours == theirs, (language, a.id, field)
        if a.per_body:
            assert "body" in templates.placeholders(b.question), (language, a.id)
    for key in templates.UI_KEYS:
        assert templates.placeholders(en.ui[key]) == templates.placeholders(t.ui[key]), key
    for key in templates.SUMMARY_KEYS:
        assert templates.placeholders(en.summary[key]) == templates.placeholders(
            t.summary[key]), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_direction_and_script(language: str) -> None:
    t = templates.load("standard", language)
    assert t.direction == ("rtl" if language in RTL else "ltr")
    text = " ".join(_strings(t))
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text if ch.isalpha() and ch < "\u0250")
    if language in RTL:
        assert arabic > 20 * max(latin, 1) / 2, "Arabic-script text expected"
    else:
        assert arabic == 0
    # Sorani uses its own letters, not Arabic look-alikes left over from a copy.
    if language == "ckb":
        for letter in "\u06ce\u06c6\u0695\u06b5\u06d5\u06af":
            assert letter in text
        assert "\u0643" not in text and "\u064a" not in text  # Arabic kaf/yeh, not Kurdish
    if language == "ar":
        assert "\u06cc" not in text and "\u06a9" not in text  # Kurdish yeh/keheh in Arabic


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_is_normalised_and_free_of_stray_characters(language: str) -> None:
    for s in _strings(templates.load("standard", language)):
        assert unicodedata.normalize("NFC", s) == s
        assert "\ufffd" not in s and "  " not in s and "\t" not in s
        assert "{" not in s.replace("{body}", "").replace("{about}", "").replace(
            "{n}", "").replace("{total}", "").replace("{code}", "").replace("{date}", "")


def test_rights_are_explained_in_the_introduction() -> None:
    """Refusing, stopping and withdrawing each get their own paragraph, not just a list."""
    intro = templates.load("standard", "en").introduction
    assert any("say no" in p and "help you receive" in p for p in intro)
    assert any("stop at any time" in p for p in intro)
    assert any("change your mind later" in p and "reference number" in p for p in intro)
    assert any("cannot promise" in p for p in intro)


def test_risks_are_explained_for_sharing_and_paper() -> None:
    en = templates.load("standard", "en")
    identity = next(i for i in en.items if i.id == items.SHARE_IDENTITY)
    assert "witness in a court" in identity.explanation
    assert "checkpoint" in en.summary["warning"]


def test_bodies_are_named_and_explained_in_every_language() -> None:
    shipped = bodies.builtin()
    assert [b.id for b in shipped] == ["iiim", "icc", "national_units"]
    for body in shipped:
        for language in LANGUAGES:
            assert body.names.get(language) and body.abouts.get(language), (body.id, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_expansion_fills_every_placeholder(language: str) -> None:
    shown = expand(templates.load("standard", language), bodies.builtin())
    assert unfilled(shown) == []
    icc = shown.item("share_testimony:icc")
    assert bodies.builtin()[1].names[language] in icc.question
    assert icc.explanation.startswith(bodies.builtin()[1].abouts[language])


def test_a_template_missing_an_item_is_refused() -> None:
    doc = _raw("en")
    doc["items"] = [i for i in doc["items"] if i["id"] != "referral"]
    with pytest.raises(TemplateInvalid, match="items must be exactly"):
        templates.parse(doc, "test")


@pytest.mark.parametrize("change", [
    lambda d: d["ui"].pop("yes"),
    lambda d: d["ui"].__setitem__("yes", " "),
    lambda d: d["items"][0].__setitem__("question", "Do you agree with {body}?"),
    lambda d: d["items"][5].__setitem__("per_body", False),
    lambda d: d["summary"].__setitem__("reference", "Reference"),
    lambda d: d.__setitem__("direction", "up"),
    lambda d: d.__setitem__("extra", 1),
    lambda d: d["items"].append(copy.deepcopy(d["items"][0])),
])
def test_malformed_templates_are_refused(change: object) -> None:
    doc = _raw("en")
    change(doc)  # type: ignore[operator]
    with pytest.raises(TemplateInvalid):
        templates.parse(doc, "test")


def test_unknown_template_or_language() -> None:
    with pytest.raises(TemplateNotFound):
        templates.load("standard", "de")
    with pytest.raises(TemplateNotFound):
        templates.load("standard", "en", version=99)
