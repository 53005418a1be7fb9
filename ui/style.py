"""A few style rules on top of the platform style: readable titles, quiet hints, clear errors."""

STYLE_SHEET = """
QLabel#title { font-size: 20px; font-weight: 600; }
QLabel#subtle { color: palette(mid); }
QLabel#error { color: #b00020; font-weight: 600; }
QLabel#sectionTitle { font-size: 15px; font-weight: 600; }
QLabel#elapsed { font-size: 18px; font-weight: 600; }
QLabel#recState { color: #b00020; font-weight: 600; }
QLabel#banner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px;
                padding: 6px; color: #3a2f00; }
"""
