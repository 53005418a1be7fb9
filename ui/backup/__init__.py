"""Backups in the app: making one, checking one, and the reminder when the last is old."""
