"""A broad query (more matches than query.BROAD) lists the newest testimonies first, from the
newest matches alone when those already name enough testimonies in the selection: the answer is
the one an exhaustive reading of every match, newest first, gives."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.archive import facets, search
from testimony_recorder.recorder.archive.filters import ArchiveFilter, clauses
from testimony_recorder.recorder.search import query

from .conftest import PASSPHRASE, REPO

sys.path.insert(0, str(REPO / "bench"))
import archive_data  # bench/ holds the synthetic archive's writer


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    vault, _ = unlock.create(tmp_path_factory.mktemp("broad") / "coord", PASSPHRASE,
                             owner="Coordinator", role="coordinator",
                             kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    facets.ensure(vault)
    archive_data.fill(vault, 1200, ["AAAA-SENDER", "BBBB-SENDER"])
    with vault:
        yield vault.conn


def _exhaustive(conn: Any, text: str, filt: ArchiveFilter, limit: int) -> list[str]:
    where, params = clauses(conn, filt, lead=False)
    extra = "".join(f" AND {c}" for c in where)
    sql = ("SELECT d.interview_id FROM search_fts JOIN search_doc d"  # noqa: S608 - ours
           " ON d.rowid = search_fts.rowid JOIN archive_interview a"
           " ON a.interview_id = d.interview_id WHERE search_fts MATCH ?" + extra
           + " ORDER BY search_fts.rowid DESC")
    rows = conn.execute(sql, [query.to_match(query.parse(text)), *params]).fetchall()
    return list(dict.fromkeys(r[0] for r in rows))[:limit]


@pytest.mark.parametrize("text", ["checkpoint", "disappeared brother", "prison"])
@pytest.mark.parametrize("violation", [None, "torture", "sexual_violence"])
def test_broad_queries_list_the_newest_testimonies_first(conn: Any, text: str,
                                                         violation: str | None) -> None:
    matches = conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?",
                           (query.to_match(query.parse(text)),)).fetchone()[0]
    assert matches > query.BROAD  # the broad path, not the ranked one
    filt = ArchiveFilter(violations=(violation,)) if violation else ArchiveFilter()
    hits = search.search(conn, text, filt)
    assert [h.interview_id for h in hits] == _exhaustive(conn, text, filt, 50)
    assert len(hits) == 50
