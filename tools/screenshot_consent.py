"""Render every witness-mode screen (and the consent dialogs) to PNG files, offscreen.

    python tools/screenshot_consent.py [--out DIR] [--languages en,ar,ckb]

Uses a throwaway vault in a temporary folder with fictional data; nothing else is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.consent import recordings, store, summary
from testimony_recorder.recorder.consent.text import current_texts
from testimony_recorder.recorder.model.interview import Interview
from testimony_recorder.recorder.model.witness import Witness
from testimony_recorder.recorder.store.interviews import create_interview
from testimony_recorder.recorder.store.witnesses import create_witness
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.audio.microphone import default_microphone, has_microphone
from testimony_recorder.ui.consent.history_view import ConsentHistoryView
from testimony_recorder.ui.consent.read_aloud import SpeechVoices
from testimony_recorder.ui.consent.recordings_dialog import RecordingsDialog
from testimony_recorder.ui.consent.summary_pdf import document
from testimony_recorder.ui.consent.withdraw_dialog import WithdrawDialog
from testimony_recorder.ui.consent.witness_window import WitnessWindow
from testimony_recorder.ui.i18n import Translations
from testimony_recorder.ui.runner import VaultRunner

SIZE = (1280, 800)
#: What a witness might type (fictional), so the detail fields show real text.
DETAILS = {
    ("en", "recontact"): "Only through my sister, in the morning.",
    ("en", "referral"): "Someone to talk to.",
    ("ar", "recontact"): ("\u0639\u0646 \u0637\u0631\u064a\u0642 \u0623\u062e\u062a\u064a "
                          "\u0641\u0642\u0637\u060c \u0641\u064a "
                          "\u0627\u0644\u0635\u0628\u0627\u062d."),
    ("ckb", "recontact"): ("\u062a\u06d5\u0646\u0647\u0627 \u0644\u06d5 "
                           "\u0695\u06ce\u06af\u06d5\u06cc "
                           "\u062e\u0648\u0634\u06a9\u06d5\u0645\u06d5\u0648\u06d5."),
}
VOICES: SpeechVoices | None = None
PASSPHRASE = "fictional screenshot passphrase"  # noqa: S105 - a throwaway vault


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.count = 0

    def grab(self, widget: QWidget, name: str) -> None:
        # Let every pending layout pass settle (a scroll bar appearing re-wraps the text).
        for _ in range(4):
            QApplication.sendPostedEvents()
            QApplication.processEvents()
            QTest.qWait(10)
        widget.grab().save(str(self.out / f"{name}.png"))
        self.count += 1


def draw(pad: QWidget, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(*points[-1]))


def witness_screens(vault: Vault, interview_id: str, language: str, shoot: Shooter,
                    on_window: Callable[[WitnessWindow], None] | None = None) -> WitnessWindow:
    w = WitnessWindow(VaultRunner.inline(vault), interview_id, voices=VOICES,
                      microphone=default_microphone if has_microphone() else None)
    w.resize(*SIZE)
    w.show()
    p = f"{language}"
    if language == "en":
        shoot.grab(w, "00-language")
    # The pseudo-locale has no consent text of its own: its witness reads the English one,
    # in the pseudo-locale's (longer, right-to-left) interface.
    w.language_page.buttons.get(language, w.language_page.buttons["en"]).click()
    shoot.grab(w, f"{p}-01-introduction")
    w.next_button.click()
    n = 0
    while w.flow.step.value == "item":
        n += 1
        item = w.flow.current_item()
        shoot.grab(w, f"{p}-02-item-{n:02d}-{item.id.replace(':', '-')}")
        # Say no to sharing a name with the ICC and to audio, to show both answers.
        yes = item.id not in ("audio_recording", "share_identity:icc")
        (w.item_page.yes if yes else w.item_page.no).click()
        if item.detail and yes:
            w.item_page.detail.setPlainText(DETAILS.get((language, item.id), "..."))
            shoot.grab(w, f"{p}-02-item-{n:02d}-{item.id}-answered")
        w.next_button.click()
    shoot.grab(w, f"{p}-03-review")
    w.next_button.click()
    shoot.grab(w, f"{p}-04-confirm")
    w.confirm_page.method_buttons["signature"].click()
    draw(w.confirm_page.pad, [(60, 120), (120, 60), (170, 150), (240, 70), (300, 130),
                              (380, 90), (460, 120)])
    shoot.grab(w, f"{p}-05-confirm-signed")
    w.confirm_page.method_buttons["paper"].click()
    shoot.grab(w, f"{p}-06-confirm-paper")
    if w.verbal_panel is not None:
        w.confirm_page.method_buttons["verbal"].click()
        w.verbal_panel.record.click()
        QTest.qWait(1200)
        shoot.grab(w, f"{p}-06-confirm-verbal-recording")
        w.verbal_panel.record.click()
        shoot.grab(w, f"{p}-06-confirm-verbal-recorded")
    w.confirm_page.method_buttons["mark"].click()
    draw(w.confirm_page.pad, [(100, 60), (200, 160)])
    draw(w.confirm_page.pad, [(200, 60), (100, 160)])
    w.next_button.click()
    w.attest_page.with_interpreter.setChecked(True)
    w.attest_page.interpreter_name.setText("Fictional Interpreter")
    w.attest_page.attest.setChecked(True)
    shoot.grab(w, f"{p}-07-attest")
    w.attest_page.save.click()
    shoot.grab(w, f"{p}-08-done")
    w.request_exit()
    QApplication.processEvents()
    if w._guard is not None:
        w._guard.resize(480, 200)
        shoot.grab(w._guard, f"{p}-09-exit-guard")
        w._guard.reject()
    if on_window is not None:
        on_window(w)
    # A second window, stopped by the witness half-way.
    s = WitnessWindow(VaultRunner.inline(vault), interview_id, language=language, voices=VOICES)
    s.resize(*SIZE)
    s.show()
    s.next_button.click()
    s.stop_button.click()
    shoot.grab(s, f"{p}-10-stopped")
    for window in (w, s):
        window.leave()
    return w


def summary_image(vault: Vault, consent_id: str) -> QImage:
    """The printable summary as it lays out on an A5 page (150 dots per inch)."""
    doc = document(summary.build(vault.conn, consent_id))
    image = QImage(874, 1240, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    doc.setTextWidth(874 - 2 * 70)
    painter = QPainter(image)
    painter.translate(70, 70)
    doc.drawContents(painter)
    painter.end()
    return image


def interviewer_screens(vault: Vault, interview_id: str, language: str, shoot: Shooter) -> None:
    consent_id = store.current(vault.conn, interview_id).id
    summary_image(vault, consent_id).save(str(shoot.out / f"{language}-12-summary.png"))
    shoot.count += 1
    store.withdraw(vault, interview_id, ["share_testimony:iiim"], method="verbal")
    view = ConsentHistoryView(VaultRunner.inline(vault), interview_id)
    view.resize(1000, 640)
    view.show()
    shoot.grab(view, f"{language}-11-history")
    data = view.data
    dialog = WithdrawDialog(data.in_force, data.titles, vault.owner)
    dialog.show()
    shoot.grab(dialog, f"{language}-13-withdraw")
    dialog.close()
    view.close()
    shown = current_texts_for(vault, "ar")
    wav = Path(__file__).resolve().parents[2] / "shared" / "media" / "statement_ar.wav"
    if wav.exists():
        recordings.attach(vault, shown, "participation", wav.read_bytes(), wav.name)
    rec = RecordingsDialog(VaultRunner.inline(vault),
                           microphone=default_microphone if has_microphone() else None)
    rec.language.setCurrentIndex(rec.language.findData("ar"))
    rec.show()
    rec.parts.setCurrentItem(rec.parts.topLevelItem(2))
    shoot.grab(rec, f"{language}-14-recordings")
    if has_microphone():
        rec.record.click()
        QTest.qWait(1200)
        shoot.grab(rec, f"{language}-14-recordings-recording")
        rec.record.click()
    rec.close()


def current_texts_for(vault: Vault, language: str):  # type: ignore[no-untyped-def]
    return current_texts(vault.conn)[language]


def capture_languages(out: Path, languages: list[str]) -> int:
    """Every consent screen for each language into `out`; return how many files."""
    global VOICES
    out.mkdir(parents=True, exist_ok=True)
    shoot = Shooter(out)
    VOICES = SpeechVoices()
    VOICES.warm(languages)
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # made by main() or by tools/screenshots.py
    # What is meant for the interviewer (attestation, history, dialogs) follows the interface
    # language, as in the app: shown here in the language of each set of screens.
    interface = Translations(app)
    with tempfile.TemporaryDirectory(prefix="consent-shots-") as tmp:
        vault, _ = unlock.create(Path(tmp) / "vault", PASSPHRASE, owner="Example Interviewer",
                                 kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        try:
            for language in languages:
                interface.apply(language)
                witness = create_witness(vault, Witness(gender="female"))
                interview = create_interview(vault, Interview(
                    witness_id=witness.id, place="Fictional place", languages=[language]))
                witness_screens(vault, interview.id, language, shoot)
                interviewer_screens(vault, interview.id, language, shoot)
        finally:
            vault.close()
            interface.apply("en")
    return shoot.count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots/consent")
    parser.add_argument("--languages", default="en,ar,ckb")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    count = capture_languages(Path(args.out), args.languages.split(","))
    del app
    print(f"{count} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
