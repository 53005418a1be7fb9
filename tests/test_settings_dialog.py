"""The auto-lock time is worded with the language's own plural ("1 minute", "5 minutes",
Arabic's dual), not a fixed abbreviation, and typing a number still works."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.settings import VaultSettings
from testimony_recorder.ui.i18n import Translations
from testimony_recorder.ui.settings_dialog import SettingsDialog


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    try:
        yield installed
    finally:
        installed.apply("en")


def dialog(qtbot: QtBot, minutes: int) -> SettingsDialog:
    shown = SettingsDialog("en", VaultSettings(auto_lock_minutes=minutes), [])
    qtbot.addWidget(shown)
    return shown


def test_english_says_minute_or_minutes(qtbot: QtBot, translations: Translations) -> None:
    translations.apply("en")
    settings = dialog(qtbot, 1)
    assert settings.auto_lock.text() == "1 minute"
    settings.auto_lock.setValue(5)
    assert settings.auto_lock.text() == "5 minutes"
    settings.auto_lock.setValue(0)
    assert settings.auto_lock.text() == "Never (not recommended)"
    assert settings.settings().auto_lock_minutes == 0


def test_typing_a_number_keeps_it_and_rewords_the_unit(
        qtbot: QtBot, translations: Translations) -> None:
    translations.apply("en")
    settings = dialog(qtbot, 1)
    settings.show()
    settings.auto_lock.setFocus()
    settings.auto_lock.selectAll()
    QTest.keyClicks(settings.auto_lock, "12")
    assert settings.auto_lock.value() == 12
    assert settings.auto_lock.text() == "12 minutes"
    assert settings.settings().auto_lock_minutes == 12


@pytest.mark.parametrize("language", ["ar", "ckb", "ku", "fr", "tr"])
def test_every_language_words_the_unit_from_its_catalog(
        qtbot: QtBot, translations: Translations, language: str) -> None:
    translations.apply(language)
    settings = dialog(qtbot, 2)
    for minutes in (1, 2, 5, 11, 100):
        settings.auto_lock.setValue(minutes)
        worded = QCoreApplication.translate("SettingsDialog", "%n minute(s)", "", minutes)
        before, _, after = worded.partition(str(minutes))
        assert "minute" not in worded or language == "fr"
        assert settings.auto_lock.text() == before + QLocale().toString(minutes) + after


def test_arabic_uses_its_dual(qtbot: QtBot, translations: Translations) -> None:
    translations.apply("ar")
    settings = dialog(qtbot, 2)
    two = settings.auto_lock.suffix()
    settings.auto_lock.setValue(5)
    assert settings.auto_lock.suffix() != two


def test_default_recipients_are_chosen_in_settings(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    contacts = [("AAAA-BBBB", "Coordinator A"), ("CCCC-DDDD", "Coordinator B")]
    shown = SettingsDialog("en", VaultSettings(default_recipients=["CCCC-DDDD"]), contacts)
    assert shown.settings().default_recipients == ["CCCC-DDDD"]
    shown.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    assert shown.settings().default_recipients == ["AAAA-BBBB", "CCCC-DDDD"]
