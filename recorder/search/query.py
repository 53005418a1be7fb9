"""Running a search: turning what a person typed into a safe FTS5 query, and building snippets
with highlights from the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..database import Connection
from .index import documents
from .normalize import TOKEN, fold, fold_with_map, variants

MAX_TERMS = 16
SNIPPET_CHARS = 160
_PHRASE = re.compile(r'"([^"]*)"')


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
    rows = conn.execute(
        "SELECT d.interview_id, d.kind, d.ref_id, bm25(search_fts) AS score"
        " FROM search_fts JOIN search_doc d ON d.rowid = search_fts.rowid"
        " WHERE search_fts MATCH ? ORDER BY score LIMIT ?",
        (to_match(terms), limit * 4),
    ).fetchall()
    best: dict[str, tuple[str, str, float]] = {}
    for row in rows:
        if row["interview_id"] not in best:
            best[row["interview_id"]] = (row["kind"], row["ref_id"], row["score"])
    hits = []
    for interview_id, (kind, ref_id, score) in list(best.items())[:limit]:
        texts = {(k, r): t for k, r, t in documents(conn, interview_id)}
        snippet = make_snippet(texts.get((kind, ref_id), ""), terms)
        hits.append(Hit(interview_id, kind, ref_id, score, snippet))
    return hits


def match_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Where the terms occur in `text`, as ranges of the original (unfolded) characters."""
    folded, origin = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        if term.phrase:
            pattern = r"\b" + r"\W+".join(map(re.escape, term.alternatives[0].split())) + r"\w*"
        else:
            alts = "|".join(map(re.escape, sorted(term.alternatives, key=len, reverse=True)))
            pattern = rf"\b(?:{alts})\w*"
        for m in re.finditer(pattern, folded):
            spans.append((origin[m.start()], origin[m.end() - 1] + 1))
    return sorted(set(spans))


def make_snippet(text: str, terms: list[Term]) -> Snippet:
    spans = match_spans(text, terms)
    if not spans:
        return Snippet(text[:SNIPPET_CHARS].strip(), ())
    first = spans[0][0]
    start = max(0, first - SNIPPET_CHARS // 3)
    while 0 < start < first and not text[start - 1].isspace():
        start -= 1  # do not cut a word in half
    end = min(len(text), start + SNIPPET_CHARS)
    while end < len(text) and not text[end].isspace() and end - start < SNIPPET_CHARS + 30:
        end += 1
    prefix = "\u2026" if start > 0 else ""
    suffix = "\u2026" if end < len(text) else ""
    body = text[start:end].replace("\n", " ")
    shift = len(prefix) - start
    highlights = tuple((s + shift, min(e, end) + shift) for s, e in spans if s >= start and s < end)
    return Snippet(prefix + body + suffix, highlights)
