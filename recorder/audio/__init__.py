"""Capturing sound: the recording state machine (`take.Take`) and the small interface through
which any input feeds it (`source.PcmSource`).

Qt's microphone is one such input (`ui/audio/microphone.py`); the tests feed a generated tone.
Sound goes from the source through the take into a sink of `recorder.media` (the encrypted
store, or memory), so no plaintext audio file is ever written.
"""
