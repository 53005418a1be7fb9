"""Writing recovery shares down, one after another, each checked by asking for one of its
words: a Qt-free step machine the app's dialog drives (and tests drive without a window).

Each share is shown (WRITE), then hidden while one word of it, chosen at random, is asked for
(CHECK). A wrong word shows the share again and asks for another word. Only when every share
was checked is the walk-through DONE, and only then are the shares put in force.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from enum import StrEnum

from .shares import Prepared, word_matches


class Step(StrEnum):
    WRITE = "write"
    CHECK = "check"
    DONE = "done"


class ShareWalkthrough:
    def __init__(self, prepared: Prepared,
                 choose: Callable[[int], int] = secrets.randbelow) -> None:
        self.prepared = prepared
        self.words = [m.split() for m in prepared.mnemonics]
        self._choose = choose
        self.index = 0
        self.step = Step.WRITE
        self.position = choose(len(self.words[0]))
        #: How many wrong words were typed (the dialog says "look again" after one).
        self.mistakes = 0

    @property
    def count(self) -> int:
        return len(self.words)

    def shown_words(self) -> list[str]:
        """The words of the share being written down (nothing while a word is asked for)."""
        return list(self.words[self.index]) if self.step == Step.WRITE else []

    def written(self) -> None:
        """The person says the share is on paper: ask for one of its words."""
        if self.step != Step.WRITE:
            raise RuntimeError("no share is being written")
        self.step = Step.CHECK

    def check(self, typed: str) -> bool:
        """Whether the word is right; right moves on, wrong shows the share again."""
        if self.step != Step.CHECK:
            raise RuntimeError("no word is being asked for")
        right = word_matches(typed, self.words[self.index][self.position])
        if right:
            self.index += 1
            self.step = Step.DONE if self.index == self.count else Step.WRITE
        else:
            self.mistakes += 1
            self.step = Step.WRITE
        if self.step != Step.DONE:
            self.position = self._choose(len(self.words[self.index]))
        return right
