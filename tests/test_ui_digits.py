"""Numbers, dates and sizes on the real screens follow the digits chosen in Settings (Latin or
Arabic-Indic) and never mix the two; sizes have translatable units; languages and consent
methods are named in the interface language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.consent.flow import Step
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.settings import VaultSettings
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui import formatting
from testimony_recorder.ui.app import App
from testimony_recorder.ui.consent.read_aloud import SpeechVoices
from testimony_recorder.ui.consent.witness_window import WitnessWindow
from testimony_recorder.ui.editor.attachment_table import ADDED, SIZE
from testimony_recorder.ui.i18n import Translations
from testimony_recorder.ui.runner import VaultRunner
from testimony_recorder.ui.settings_dialog import SettingsDialog

from .audio_fixtures import pulse_mic  # noqa: F401 - fixture
from .conftest import PASSPHRASE, shared_path
from .consent_support import new_interview
from .test_consent_witness_ui import answer_everything, draw
from .test_settings_dialog import translations  # noqa: F401 - fixture; ends in English
from .ui_helpers import app  # noqa: F401 - the fixture
from .ui_media_helpers import close_app, make_vault, open_attachments, unlock_app

LATIN = re.compile("[0-9]")
ARABIC_INDIC = re.compile("[\u0660-\u0669]")


def only_digits(text: str, digits: str) -> None:
    """`text` holds digits, all of the chosen kind."""
    wanted, other = (ARABIC_INDIC, LATIN) if digits == formatting.ARABIC_INDIC else (
        LATIN, ARABIC_INDIC)
    assert wanted.search(text), text
    assert not other.search(text), text


@pytest.fixture
def arabic_app(qapp: QApplication, qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest,
               pulse_mic: str) -> Iterator[tuple[App, str]]:  # noqa: F811 - the fixture
    """The app in Arabic with the digits of `request.param`, unlocked on a vault holding one
    interview with a consent record and one attached file, its Attachments tab open."""
    vault_dir = tmp_path / "vault"
    interview_id = make_vault(vault_dir, audio_consent=True)
    with unlock.unlock(vault_dir, PASSPHRASE) as vault:
        ingest.ingest_file(vault, interview_id, shared_path("media", "document.pdf"))
    (tmp_path / "prefs.json").write_text(json.dumps({"language": "ar",
                                                     "digits": request.param}))
    unlocked = unlock_app(qapp, qtbot, tmp_path, vault_dir)
    try:
        open_attachments(unlocked, qtbot, interview_id)
        yield unlocked, request.param
    finally:
        close_app(unlocked)
        unlocked.translations.apply("en", formatting.FOLLOW)  # the choice outlives the app


@pytest.mark.parametrize("arabic_app", [formatting.ARABIC_INDIC, formatting.LATIN],
                         indirect=True)
def test_a_date_a_size_and_a_count_use_the_chosen_digits(
        arabic_app: tuple[App, str], qtbot: QtBot) -> None:
    unlocked, digits = arabic_app
    workspace = unlocked.window.workspace
    assert workspace is not None
    table = workspace.attachments.table
    qtbot.waitUntil(lambda: table.topLevelItemCount() == 1, timeout=30_000)
    row = table.topLevelItem(0)
    only_digits(row.text(SIZE), digits)
    only_digits(row.text(ADDED), digits)
    only_digits(workspace.list.count.text(), digits)  # "%n interview(s)"
    records = workspace.consent.records
    qtbot.waitUntil(lambda: records.topLevelItemCount() == 1, timeout=30_000)
    consent = records.topLevelItem(0)
    only_digits(consent.text(0) + consent.text(2), digits)  # its number and its date
    english = "\u0627\u0644\u0625\u0646\u062c\u0644\u064a\u0632\u064a\u0629"
    assert consent.text(3) == english  # the consent's language, named by babel in Arabic
    # The interview's languages ("ar, en") are named under the codes.
    assert english in workspace.editor.details.language_names.text()


def test_the_choice_follows_the_language_unless_set(
        translations: Translations) -> None:  # noqa: F811 - the fixture
    translations.apply("ar", formatting.FOLLOW)
    only_digits(formatting.number(1234, "ar"), formatting.ARABIC_INDIC)
    only_digits(formatting.when("2024-03-06T09:30:00Z", "ckb"), formatting.ARABIC_INDIC)
    only_digits(formatting.size(3 * 1024**2, "en"), formatting.LATIN)
    translations.apply("en", formatting.ARABIC_INDIC)
    only_digits(formatting.clock_time(65_000, "en"), formatting.ARABIC_INDIC)
    translations.apply("ar", formatting.LATIN)
    only_digits(formatting.duration(95, "ar"), formatting.LATIN)
    # Qt's own widgets (spin boxes, date fields) write Latin digits for Arabic then, too.
    assert QLocale().toString(12) == "12"
    translations.apply("ar", formatting.FOLLOW)
    assert QLocale().toString(12) == "\u0661\u0662"


def test_sizes_are_counted_in_binary_units_with_translated_names(
        translations: Translations) -> None:  # noqa: F811 - the fixture
    translations.apply("en")
    assert [formatting.size(n, "en") for n in (512, 1536, 5 * 1024**2 + 1, 3 * 1024**3)] == [
        "512 B", "1.5 KiB", "5 MiB", "3 GiB"]
    assert formatting.size(1024**2 - 1, "en") == "1 MiB"
    translations.apply("qps")  # every string through the translator: the units too
    assert formatting.size(1536, "qps") == "[1.5 \u0136\u00ee\u0181 \u00b7\u00b7]"


def test_settings_offer_the_digits_with_samples(
        qtbot: QtBot, translations: Translations) -> None:  # noqa: F811 - the fixture
    translations.apply("en")
    dialog = SettingsDialog("en", VaultSettings(), [], digits=formatting.ARABIC_INDIC)
    qtbot.addWidget(dialog)
    assert dialog.digits() == formatting.ARABIC_INDIC
    texts = [dialog.digit_box.itemText(i) for i in range(dialog.digit_box.count())]
    assert "0123" in texts[1] and "\u0660\u0661\u0662\u0663" in texts[2]


def test_the_interviewer_reads_the_method_and_languages_in_the_interface_language(
        vault: Vault, qtbot: QtBot, translations: Translations) -> None:  # noqa: F811
    """An Arabic interface, an English consent text: "mark" and "English" in Arabic."""
    translations.apply("ar")
    window = WitnessWindow(VaultRunner.inline(vault), new_interview(vault), language="en",
                           voices=SpeechVoices(enabled=False))
    qtbot.addWidget(window)
    window.show()
    window.next_button.click()
    answer_everything(window, "")
    window.next_button.click()
    window.confirm_page.method_buttons["mark"].click()
    draw(window)
    window.next_button.click()
    assert window.flow.step == Step.ATTEST
    page = window.attest_page
    assert "\u0639\u0644\u0627\u0645\u0629" in page.summary.text()  # "mark"
    languages = [page.interpreter_language.itemText(i)
                 for i in range(page.interpreter_language.count())]
    assert "\u0627\u0644\u0625\u0646\u062c\u0644\u064a\u0632\u064a\u0629" in languages
    window.leave()


def test_the_choice_is_kept_with_the_language_and_nothing_else(
        app: App, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811 - the fixture
    """Chosen in Settings: the window is rebuilt once in the new digits, and the preferences
    file outside the vault gains only the choice."""
    old = app.window
    old.digits_chosen.emit(formatting.ARABIC_INDIC)
    old.language_chosen.emit("en")  # what the settings dialog sends after it
    try:
        assert app.window is not old
        assert formatting.digit_choice() == formatting.ARABIC_INDIC
        only_digits(formatting.number(42, "en"), formatting.ARABIC_INDIC)
        stored = json.loads((tmp_path / "prefs.json").read_text("utf-8"))
        assert stored == {"language": "en", "digits": formatting.ARABIC_INDIC}
    finally:
        app.translations.apply("en", formatting.FOLLOW)


def test_a_counted_plural_keeps_its_placeholders(qapp: QApplication) -> None:
    """A plural's count is grouped and in the chosen digits; a "%1" still to fill is not a
    number to convert (it would become "%\u0661" and never be filled)."""
    formatting.use(qapp, "ar", formatting.ARABIC_INDIC)
    try:
        assert formatting.counted("%1 \u0645\u0646 12000\u061b %2", 12000) == \
            "%1 \u0645\u0646 \u0661\u0662\u066c\u0660\u0660\u0660\u061b %2"
        assert formatting.counted("%1 of 1 selected; %2", 1) == "%1 of \u0661 selected; %2"
    finally:
        formatting.use(qapp, "en", formatting.FOLLOW)


def test_a_shown_list_takes_the_languages_comma(qapp: QApplication) -> None:
    """Lists shown only (a cell's violations, aliases, places) run together with the comma
    of the interface language's script: the Arabic comma in Arabic and Sorani."""
    try:
        for language, comma in (("ar", "\u060c "), ("ckb", "\u060c "), ("ku", ", "),
                                ("en", ", ")):
            formatting.use(qapp, language, formatting.FOLLOW)
            assert formatting.joined(["a", "b", "c"]) == f"a{comma}b{comma}c", language
            assert formatting.joined([]) == ""
        # A document in another language than the interface's (a case PDF) takes its own.
        assert formatting.joined(["a", "b"], "ar") == "a\u060c b"
    finally:
        formatting.use(qapp, "en", formatting.FOLLOW)
