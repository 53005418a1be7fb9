"""Consent screens: witness mode, the consent history of an interview, the organisation's
recordings of the consent text, and the witness's printable summary."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from recorder.consent import store
from recorder.consent.text import current_texts
from recorder.vault import Vault

from .read_aloud import SpeechVoices
from .runner import Runner, run_now
from .witness_window import WitnessWindow


def open_witness_mode(vault: Vault, interview_id: str, language: str | None = None,
                      parent: QWidget | None = None, *, run_db: Runner = run_now,
                      run_slow: Runner | None = None, voices: SpeechVoices | None = None,
                      fullscreen: bool = True, template: str = "standard") -> WitnessWindow:
    """Show witness mode for one interview, full screen; call on the database's thread.

    With a consent already in force the new one is an amendment of it. Connect
    `consent_recorded(str)` to refresh the editor, and `closed` to return to it. Pass the
    app's one SpeechVoices (warmed at start-up) so read-aloud is ready at once.
    """
    texts = current_texts(vault.conn, template)
    if language is not None and language not in texts:
        language = None  # let the witness choose
    previous = store.current(vault.conn, interview_id)
    window = WitnessWindow(vault, interview_id, texts, language=language,
                           supersedes=None if previous is None else previous.id,
                           run_db=run_db, run_slow=run_slow, voices=voices, parent=parent)
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["SpeechVoices", "WitnessWindow", "open_witness_mode"]
