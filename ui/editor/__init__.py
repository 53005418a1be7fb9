"""The interview editor, one widget per section."""
