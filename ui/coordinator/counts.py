"""Counted nouns of the coordinator's pages ("1 witness", "5 witnesses"), as each language
words them.

A sentence with its number slotted in ("%1 witnesses") reads "1 witnesses" in English (and
the same in French), and is wrong for most numbers in Arabic, which has six plural forms.
Qt's %n plurals pick the form for the number; lists of counts are joined the way the language
joins lists ("2 witnesses, 1 interviewer, and 3 testimonies").
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from testimony_recorder.recorder.archive.perpetrators import Corroboration

from .. import formatting


class Counts(QObject):
    """For self.tr() with %n plurals, in the one "Counts" context every page shares."""

    def testimonies(self, n: int) -> str:
        return formatting.counted(self.tr("%n testimonies", "", n), n)

    def witnesses(self, n: int) -> str:
        return formatting.counted(self.tr("%n witnesses", "", n), n)

    def interviewers(self, n: int) -> str:
        return formatting.counted(self.tr("%n interviewer(s)", "", n), n)

    def incidents(self, n: int) -> str:
        return formatting.counted(self.tr("%n incident(s)", "", n), n)

    def victims_named(self, n: int) -> str:
        return formatting.counted(self.tr("%n victim(s) named", "", n), n)

    def files(self, n: int) -> str:
        return formatting.counted(self.tr("%n file(s)", "", n), n)

    def corroboration(self, c: Corroboration) -> str:
        """What backs an allegation or a link, in the order investigators weigh it: distinct
        witnesses, distinct interviewers, then testimonies."""
        return formatting.listed([self.witnesses(c.witnesses),
                                  self.interviewers(c.interviewers),
                                  self.testimonies(c.testimonies)])
