"""Arabic- and Kurdish-aware search over real corpus text, on a real vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimony_recorder.recorder.model.bundle import Bundle
from testimony_recorder.recorder.model.interview import Interview
from testimony_recorder.recorder.model.witness import Identity, Witness
from testimony_recorder.recorder.search import normalize, query
from testimony_recorder.recorder.store import bundles, testimonies, witnesses
from testimony_recorder.recorder.store.interviews import create_interview
from testimony_recorder.recorder.vault import Vault

from .conftest import shared_path

CASES = json.loads((Path(__file__).parent / "data" / "search_cases.json").read_text("utf-8"))


def paragraphs(name: str) -> list[str]:
    text = shared_path("corpus", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return [p.strip() for p in "\n".join(lines).split("\n\n") if p.strip()]


@pytest.fixture
def corpus_vault(vault: Vault) -> tuple[Vault, dict[tuple[str, int], str]]:
    """One interview per corpus paragraph; returns the vault and (file, paragraph) -> id."""
    ids = {}
    for name in ("fictional_ar.txt", "fictional_ku.txt"):
        for i, text in enumerate(paragraphs(name)):
            interview_id = bundles.add(vault, Bundle(testimonies=[]))
            testimonies.save(vault, interview_id, text)
            ids[(name, i)] = interview_id
    return vault, ids


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["why"] for c in CASES["cases"]])
def test_finds_testimony(corpus_vault: tuple[Vault, dict], case: dict) -> None:
    vault, ids = corpus_vault
    found = {h.interview_id for h in query.search(vault.conn, case["query"])}
    assert ids[(case["file"], case["paragraph"])] in found


@pytest.mark.parametrize("case", CASES["absent"], ids=[c["why"] for c in CASES["absent"]])
def test_does_not_find(corpus_vault: tuple[Vault, dict], case: dict) -> None:
    vault, _ = corpus_vault
    assert query.search(vault.conn, case["query"]) == []


def test_snippet_highlights_the_original_spelling(corpus_vault: tuple[Vault, dict]) -> None:
    vault, ids = corpus_vault
    original = paragraphs("fictional_ar.txt")[0]
    typed = CASES["cases"][0]["query"]  # the word without tashkeel
    hits = query.search(vault.conn, typed)
    hit = next(h for h in hits if h.interview_id == ids[("fictional_ar.txt", 0)])
    start, end = hit.snippet.highlights[0]
    highlighted = hit.snippet.text[start:end]
    assert highlighted in original  # the text as written, tashkeel included
    assert normalize.fold(highlighted) == normalize.fold(typed)


def test_fold_is_per_character_consistent() -> None:
    text = paragraphs("fictional_ar.txt")[0] + paragraphs("fictional_ku.txt")[2]
    folded, origin = normalize.fold_with_map(text)
    assert folded == normalize.fold(text)
    assert len(origin) == len(folded)


def test_query_syntax_never_reaches_fts(vault: Vault) -> None:
    interview_id = bundles.add(vault, Bundle())
    testimonies.save(vault, interview_id, "near the bridge AND the river")
    for hostile in ['"', "AND", "a OR", "NEAR(", "*", "col:x", "^", "(", "'; DROP TABLE x"]:
        query.search(vault.conn, hostile)  # must not raise
    assert query.search(vault.conn, "bridge river")


def test_identity_is_never_searchable(vault: Vault) -> None:
    witness = witnesses.create_witness(vault, Witness())
    witnesses.set_identity(vault, witness.id, Identity(full_name="Zeynep Unsearchable",
                                                       phone="+90 555 0000"))
    interview = create_interview(vault, Interview(witness_id=witness.id))
    testimonies.save(vault, interview.id, "a testimony that names nobody")
    assert query.search(vault.conn, "Unsearchable") == []
    assert query.search(vault.conn, "555") == []


def test_perpetrator_names_are_searchable(vault: Vault, example_bundle: Bundle) -> None:
    interview_id = bundles.add(vault, example_bundle)
    hits = query.search(vault.conn, "Abu Fictional")
    assert [h.interview_id for h in hits] == [interview_id]
    assert hits[0].kind == "person"


def test_index_follows_edits(vault: Vault) -> None:
    interview_id = bundles.add(vault, Bundle())
    testimonies.save(vault, interview_id, "first words about a bakery")
    assert query.search(vault.conn, "bakery")
    testimonies.save(vault, interview_id, "second words about a school")
    assert query.search(vault.conn, "bakery") == []
    assert query.search(vault.conn, "school")


def test_an_interview_changed_many_times_in_one_transaction_is_indexed_once(vault: Vault) -> None:
    """Its entries are refreshed as the transaction commits, from what it commits; one that
    rolls back leaves the index as it was."""
    interview_id = bundles.add(vault, Bundle())
    with vault.transaction():
        for word in ("bakery", "school", "mosque"):
            testimonies.save(vault, interview_id, f"words about a {word}")
        assert query.search(vault.conn, "mosque") == []  # not yet: at the commit
    assert [h.interview_id for h in query.search(vault.conn, "mosque")] == [interview_id]
    assert query.search(vault.conn, "bakery") == query.search(vault.conn, "school") == []
    rows = vault.conn.execute("SELECT count(*) FROM search_doc WHERE interview_id = ?",
                              (interview_id,)).fetchone()[0]
    assert rows == 1  # the narrative, once
    with pytest.raises(RuntimeError), vault.transaction():
        testimonies.save(vault, interview_id, "words about a hospital")
        raise RuntimeError("the change fails")
    assert query.search(vault.conn, "hospital") == []
    assert [h.interview_id for h in query.search(vault.conn, "mosque")] == [interview_id]
