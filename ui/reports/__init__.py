"""Printable reports laid out by Qt (PDF through QTextDocument and QPdfWriter)."""
