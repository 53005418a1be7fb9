"""Testimony Recorder core: vault, records, media, custody, keys and packets. Never imports Qt."""

__version__ = "0.1.0"
