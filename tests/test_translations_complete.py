"""Every interface string and every vocabulary term is translated into every shipped language.

Fails as soon as someone adds a string in ui/ without translating it: intended, so that no
Arabic or Kurdish reader meets English in the middle of an interview. (English needs no
catalog entries except plurals, see tests/test_translations.py.)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from recorder import vocabulary
from recorder.errors import WrongPassphrase
from recorder.preferences import LANGUAGES
from ui.i18n import Translations
from ui.messages import describe

from .conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import translations as tools

TRANSLATED = ("ar", "ckb", "ku", "fr", "tr")
KINDS = ("violations", "roles", "genders", "age_ranges", "areas")
# Arabic letters that Sorani writes differently (yeh, kaf, teh marbuta): they look alike but a
# Sorani text holding them reads as misspelt, and search and sorting treat them as other letters.
ARABIC_NOT_SORANI = {"\u064a", "\u0643", "\u0629"}


def messages(language: str) -> Iterator[tuple[str, str, ET.Element]]:
    root = ET.parse(tools.catalog(language)).getroot()  # noqa: S314 - our own file
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield context.findtext("name") or "", message.findtext("source") or "", translation


def translation_of(language: str, context: str, source: str) -> str:
    for name, text, translation in messages(language):
        if (name, text) == (context, source):
            return translation.text or ""
    raise AssertionError(f"{source!r} ({context}) is not in the {language} catalog")


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_has_no_unfinished_message(language: str) -> None:
    missing = []
    for context, source, translation in messages(language):
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") is not None or not all(forms):
            missing.append(f"{context}: {source!r}")
    assert not missing, f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing)


def test_catalogs_cover_every_translated_language() -> None:
    assert set(TRANSLATED) == set(LANGUAGES) - {"en"}


@pytest.mark.parametrize("kind", KINDS)
def test_every_vocabulary_term_has_a_label_in_every_language(kind: str) -> None:
    terms = vocabulary.terms(kind)
    assert terms
    for term in terms:
        missing = [lang for lang in LANGUAGES if not term.labels.get(lang, "").strip()]
        assert not missing, f"{kind} {term.code} has no label in {missing}"


def test_sorani_is_written_with_sorani_letters() -> None:
    texts = [t.text or "" for _, _, t in messages("ckb")]
    texts += [term.labels["ckb"] for kind in KINDS for term in vocabulary.terms(kind)]
    wrong = [text for text in texts if ARABIC_NOT_SORANI & set(text)]
    assert not wrong, wrong


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    try:
        yield installed
    finally:
        installed.apply("en")


@pytest.mark.parametrize("language", ["ckb", "ku"])
def test_standard_buttons_are_translated_where_qt_has_no_catalog(
        translations: Translations, language: str) -> None:
    """Qt ships no qtbase catalog for Kurdish: ours must give Yes/No/Cancel their words."""
    translations.apply(language)
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    for button, source in ((QMessageBox.StandardButton.Yes, "&Yes"),
                           (QMessageBox.StandardButton.No, "&No"),
                           (QMessageBox.StandardButton.Cancel, "Cancel")):
        text = box.button(button).text()
        assert text == translation_of(language, "QPlatformTheme", source)
        assert text != source


@pytest.mark.parametrize("language", TRANSLATED)
def test_error_messages_reach_people_translated(
        translations: Translations, language: str) -> None:
    translations.apply(language)
    expected = translation_of(language, "Messages", "That passphrase does not open this vault. "
                              "Check the keyboard language and Caps Lock, then try again. "
                              "Nothing was changed.")
    assert describe(WrongPassphrase()) == expected
