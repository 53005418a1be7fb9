"""The `testimony` command: the desktop app with no arguments, headless work with a subcommand."""
