"""The coordinator's archive: enrolled devices, batch import, the archive list and search, the
read-only interview view, the perpetrator index with merges, the chain of command, and the
deliberate reveal of a witness's identity. Qt-free; the desktop app and the command line are
front ends over it."""
