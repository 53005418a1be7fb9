"""Every interface string and every vocabulary term is translated into every shipped language.

Fails as soon as someone adds a string in ui/ without translating it: intended, so that no
Arabic or Kurdish reader meets English in the middle of an interview. (English needs no
catalog entries except plurals, see tests/test_translations.py.)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.errors import (
    AmbiguousReference,
    EmptyFile,
    RecorderError,
    TruncatedMedia,
    UnsupportedMedia,
    VaultExists,
    WrongPassphrase,
)
from testimony_recorder.recorder.preferences import LANGUAGES
from testimony_recorder.ui import formatting
from testimony_recorder.ui.i18n import Translations, isolate
from testimony_recorder.ui.messages import _TEXTS, describe

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


ERRORS_NAMING_A_FILE = [
    VaultExists(Path("/tmp/fictional-vault")),
    AmbiguousReference("interview", "3f2a"),
    EmptyFile("statement.wav"),
    UnsupportedMedia("statement.xyz", "unknown header"),
    TruncatedMedia("statement.wav", "its last audio frame is cut off"),
]


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("error", ERRORS_NAMING_A_FILE, ids=lambda e: e.code)
def test_file_and_reference_errors_are_worded_in_every_language(
        translations: Translations, language: str, error: RecorderError) -> None:
    """Each says what happened and what to do in the reader's language, never the core's
    English sentence or its technical detail, and names the file (isolated for bidi)."""
    translations.apply("en")
    english = describe(error)
    translations.apply(language)
    text = describe(error)
    named = [str(error.params[p]) for p in _TEXTS[error.code].params]
    assert named, f"{error.code} names no file"
    assert text != english and text != error.message
    assert all(isolate(name) in text for name in named)
    assert "cut off" not in text and "header" not in text


@pytest.mark.parametrize("language", ["ckb", "ku"])
def test_wizard_buttons_are_translated_where_qt_has_no_catalog(
        translations: Translations, language: str) -> None:
    """The export wizard's Back, Next, Finish and Cancel are Qt's texts: ours must give them."""
    from PySide6.QtWidgets import QWizard, QWizardPage

    translations.apply(language)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    for button, source in ((QWizard.WizardButton.BackButton, "< &Back"),
                           (QWizard.WizardButton.FinishButton, "&Finish"),
                           (QWizard.WizardButton.CancelButton, "Cancel")):
        text = wizard.buttonText(button)
        assert text == translation_of(language, "QWizard", source)
        assert text != source


@pytest.mark.parametrize("language", TRANSLATED)
def test_counted_delivery_texts_are_translated_with_their_plural(
        translations: Translations, language: str) -> None:
    from testimony_recorder.ui.packets.delivery import Delivery

    translations.apply("en")
    english = Delivery().purged(3)
    assert english == "3 interviews purged from this device."
    translations.apply(language)
    text = Delivery().purged(3)
    assert text != english and formatting.number(3, language) in text  # in the language's digits


def test_attachment_kinds_are_named_in_the_reader_language(translations: Translations) -> None:
    """The export preview names an attachment's kind: "Photo", never the core's code "image"."""
    from testimony_recorder.ui.editor.attachment_texts import kind_name

    translations.apply("en")
    assert kind_name("image") == "Photo" and kind_name("no-such-kind") == "Other"
    translations.apply("fr")
    assert kind_name("image") == translation_of("fr", "Attachments", "Photo")
