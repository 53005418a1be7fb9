"""The one minimum passphrase length, counted as the key derivation sees the passphrase, and the
strength estimate built on it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from testimony_recorder.recorder import strength
from testimony_recorder.ui.widgets.strength_meter import StrengthMeter


def test_length_is_counted_in_composed_characters() -> None:
    short = "x" * (strength.MIN_LENGTH - 2) + "e\u0301"  # one character, two code points
    assert len(short) == strength.MIN_LENGTH and not strength.long_enough(short)
    assert strength.long_enough(short + "!")


def test_a_short_passphrase_is_weak_whatever_it_holds() -> None:
    result = strength.estimate("Zq9#kW!")
    assert "too_short" in result.hints and result.rating == strength.WEAK
    assert "too_short" not in strength.estimate("several unrelated words here").hints


def test_the_meter_names_the_minimum(qapp: QApplication) -> None:
    meter = StrengthMeter()
    meter.show_for("abc")
    assert str(strength.MIN_LENGTH) in meter.label.text()
