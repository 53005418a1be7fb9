"""The encrypted media store: attachments, redacted derivatives and in-app recordings.

Every attachment is its own encrypted file under a random name in the vault's media folder,
with its own random key kept only wrapped in the database (docs/media-store.md). Nothing here
imports Qt: a take (`recorder/audio`) feeds the recording sinks, and the playback widgets in
`ui/audio` read these classes.
"""
