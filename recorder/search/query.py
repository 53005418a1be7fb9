"""Running a search: turning what a person typed into a safe FTS5 query, and building snippets
with highlights from the original text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..database import Connection
from .index import texts_of
from .normalize import TOKEN, fold, fold_with_map, original_index, variants

MAX_TERMS = 16
#: Past this many matching documents, results come newest first instead of by relevance.
BROAD = 500
SNIPPET_CHARS = 160
_PHRASE = re.compile(r'"([^"]*)"')
#: What stands for a line break in a one-line passage.
SEPARATOR = " \u00b7 "
BREAK = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class Term:
    """One thing the text must contain: a word (any of its variants, as a prefix) or a phrase."""

    alternatives: tuple[str, ...]
    phrase: bool = False


@dataclass(frozen=True)
class Snippet:
    text: str
    #: (start, end) character ranges of `text` that matched.
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Hit:
    interview_id: str
    kind: str
    ref_id: str
    score: float
    snippet: Snippet


def parse(query: str) -> list[Term]:
    """Words are ANDed and matched as prefixes; "quoted words" must appear together."""
    terms: list[Term] = []
    for phrase in _PHRASE.findall(query):
        words = TOKEN.findall(fold(phrase))
        if words:
            terms.append(Term((" ".join(words),), phrase=True))
    for word in TOKEN.findall(fold(_PHRASE.sub(" ", query))):
        terms.append(Term(variants(word)))
    return terms[:MAX_TERMS]


def to_match(terms: list[Term]) -> str:
    """FTS5 MATCH text built only from quoted tokens: no user syntax ever reaches FTS5."""
    parts = []
    for term in terms:
        if term.phrase:
            parts.append(f'"{term.alternatives[0]}"')
        else:
            parts.append("(" + " OR ".join(f'"{alt}"*' for alt in term.alternatives) + ")")
    return " AND ".join(parts)


def search(conn: Connection, query: str, limit: int = 50) -> list[Hit]:
    """Best matching documents, at most one per interview, best first."""
    terms = parse(query)
    if not terms:
        return []
    ranked = _ranked(conn, to_match(terms), limit * 4)
    rows = conn.execute(
        "SELECT rowid, interview_id, kind, ref_id FROM search_doc"
        " WHERE rowid IN (SELECT value FROM json_each(?))",
        (json.dumps([rowid for rowid, _ in ranked]),)).fetchall()
    docs = {r[0]: (r[1], r[2], r[3]) for r in rows}
    chosen: dict[str, tuple[str, str, float]] = {}
    for rowid, score in ranked:
        if rowid in docs and docs[rowid][0] not in chosen:
            interview_id, kind, ref_id = docs[rowid]
            chosen[interview_id] = (kind, ref_id, score)
            if len(chosen) == limit:
                break
    texts: dict[tuple[str, str], str] = {}
    for kind in {k for k, _, _ in chosen.values()}:
        refs = [r for k, r, _ in chosen.values() if k == kind]
        texts.update({(kind, ref): t for ref, t in texts_of(conn, kind, refs).items()})
    pattern = pattern_for(terms)
    return [Hit(interview_id, kind, ref_id, score,
                make_snippet(texts.get((kind, ref_id), ""), pattern))
            for interview_id, (kind, ref_id, score) in chosen.items()]


def _ranked(conn: Connection, match: str, limit: int) -> list[tuple[int, float]]:
    """Most relevant first (BM25); for a very broad query, newest first.

    BM25 must score every match before it can sort, which at 100,000 interviews takes far too
    long for a word found almost everywhere. Among thousands of matches relevance says little
    anyway: past BROAD matches, the newest come first and the person is invited to narrow.
    """
    broad = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT ?)",
        (match, BROAD + 1)).fetchone()[0] > BROAD
    sql = _NEWEST if broad else _BEST
    return [(int(r[0]), float(r[1])) for r in conn.execute(sql, (match, limit))]


_SELECT = "SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? ORDER BY "
_BEST = _SELECT + "2 LIMIT ?"
_NEWEST = _SELECT + "rowid DESC LIMIT ?"


def pattern_for(terms: list[Term]) -> re.Pattern[str]:
    """One regular expression matching any term at a word start, in folded text."""
    parts = []
    for term in terms:
        if term.phrase:
            parts.append(r"\W+".join(map(re.escape, term.alternatives[0].split())) + r"\w*")
        else:
            alts = sorted(term.alternatives, key=len, reverse=True)
            parts.append("(?:" + "|".join(map(re.escape, alts)) + r")\w*")
    return re.compile(r"\b(?:" + "|".join(parts) + ")")


def match_spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where the terms occur in `text`, as ranges of the original (unfolded) characters."""
    folded, origin = fold_with_map(text)
    return [(origin[m.start()], origin[m.end() - 1] + 1)
            for m in pattern.finditer(folded) if m.end() > m.start()]


def make_snippet(text: str, pattern: re.Pattern[str]) -> Snippet:
    """A window of the original text around the first match, with every match in it marked.

    The whole text is folded at C speed to find the first match; only the short window is
    folded character by character to place the highlights.
    """
    first_match = pattern.search(fold(text))
    if first_match is None:
        return Snippet(BREAK.sub(SEPARATOR, text[:SNIPPET_CHARS].strip()), ())
    first = original_index(text, first_match.start())
    start = max(0, first - SNIPPET_CHARS // 3)
    while 0 < start < first and not text[start - 1].isspace():
        start -= 1  # do not cut a word in half
    end = min(len(text), start + SNIPPET_CHARS)
    while end < len(text) and not text[end].isspace() and end - start < SNIPPET_CHARS + 30:
        end += 1
    prefix = "\u2026" if start > 0 else ""
    suffix = "\u2026" if end < len(text) else ""
    # A passage is one line: line breaks (between an incident's title, description and place,
    # or a narrative's paragraphs) become a visible separator, not a space that runs them on.
    window = BREAK.sub(SEPARATOR, text[start:end].strip("\n"))
    highlights = tuple((s + len(prefix), e + len(prefix)) for s, e in match_spans(window, pattern))
    return Snippet(prefix + window + suffix, highlights)
