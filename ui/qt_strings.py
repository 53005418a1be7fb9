"""Qt's own texts on standard buttons, for the languages Qt ships no catalog for (Sorani, Kurmanji).

Qt translates OK, Cancel, Yes and No, and the wizard's Back, Next and Finish, from its
qtbase_<lang>.qm, which exists for Arabic, French and Turkish but not for ckb or ku: a Kurdish
reader would meet "Cancel" beside "Wipe now". Listing the texts here puts them in our catalogs
under Qt's contexts, so our translator answers for them; where Qt has a catalog it is installed
after ours and still wins.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
)

#: The export wizard's buttons (QWizard picks one of each pair by platform style).
WIZARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "Go Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Next"),
    QT_TRANSLATE_NOOP("QWizard", "Continue"),
    QT_TRANSLATE_NOOP("QWizard", "Commit"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Done"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QWizard", "Help"),
)
