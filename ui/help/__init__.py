"""The Help menu: the user guide, the keyboard shortcuts, and About (version, security)."""
