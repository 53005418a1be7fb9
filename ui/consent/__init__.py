"""Consent screens: witness mode, the consent history of an interview, the organisation's
recordings of the consent text, and the witness's printable summary.

Every widget reaches the vault through a runner (`ui.runner.with_session(session)` in the app,
`ui.runner.with_vault(vault)` standalone), so none of them touches the vault's connection.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from testimony_recorder.recorder.vault import Vault

from ..audio.microphone import Microphone, default_microphone, has_microphone
from ..runner import VaultRunner, runner_for
from .read_aloud import SpeechVoices
from .witness_window import WitnessWindow


def open_witness_mode(source: Vault | VaultRunner, interview_id: str,
                      language: str | None = None, parent: QWidget | None = None, *,
                      voices: SpeechVoices | None = None,
                      microphone: Microphone | None = None, fullscreen: bool = True,
                      template: str = "standard") -> WitnessWindow:
    """Show witness mode for one interview, full screen.

    `source` is the open Vault (standalone) or a runner onto it (the app's session). With a
    consent already in force the new one amends it. Connect `consent_recorded(str)` to refresh
    the editor and `closed` to return to it. Pass the app's one SpeechVoices, warmed at
    start-up, so reading aloud is ready at once. `microphone` finds the input that records a
    spoken consent: standalone (a Vault given) the system's default input when there is one;
    the app passes the one chosen in its settings, or None to leave spoken consent out.
    """
    if microphone is None and isinstance(source, Vault) and has_microphone():
        microphone = default_microphone
    window = WitnessWindow(runner_for(source), interview_id, language=language,
                           voices=voices, microphone=microphone, template=template, parent=parent)
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["SpeechVoices", "WitnessWindow", "open_witness_mode"]
