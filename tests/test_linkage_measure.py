"""How well keyed fingerprints find a witness interviewed twice, on a labelled synthetic set
of more than 500 witnesses (tests/linkage_synth.py), next to exact matching of normalised
names. The figures are printed (pytest -s, or bench/bench_linkage.py) and asserted."""

from __future__ import annotations

from testimony_recorder.recorder.linkage import compare, fingerprints, names

from .linkage_synth import Record, generate


def _pairs_of(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted((a, b))) for ids in groups.values()  # type: ignore[misc]
            for i, a in enumerate(ids) for b in ids[i + 1:]}


#: A fixed organisation key, so the figures are the same on every run.
KEY = bytes(range(32))


def measure(records: list[Record], truth: set[tuple[str, str]],
            threshold: float = compare.THRESHOLD, key: bytes = KEY) -> dict[str, float]:
    prints = {r.id: fingerprints.compute(key, r.full_name, r.date_of_birth, r.origin_area,
                                         cost=fingerprints.WEAK_COST_FOR_TESTS)
              for r in records}
    found = {(a, b) for a, b, _ in compare.likely(
        {k: v for k, v in prints.items() if v is not None}, threshold)}
    exact: dict[str, list[str]] = {}
    for r in records:
        exact.setdefault(names.normalised(r.full_name), []).append(r.id)
    baseline = _pairs_of(exact)

    def pr(pairs: set[tuple[str, str]]) -> tuple[float, float]:
        hits = len(pairs & truth)
        return hits / max(1, len(pairs)), hits / len(truth)

    precision, recall = pr(found)
    exact_precision, exact_recall = pr(baseline)
    return {"records": len(records), "true_pairs": len(truth), "threshold": threshold,
            "precision": precision, "recall": recall, "exact_precision": exact_precision,
            "exact_recall": exact_recall}


def report(figures: dict[str, float]) -> str:
    return (f"{figures['records']:.0f} synthetic witnesses, {figures['true_pairs']:.0f} "
            f"duplicate pairs\n"
            f"  keyed fingerprints at threshold {figures['threshold']:.2f}: "
            f"precision {figures['precision']:.3f}, recall {figures['recall']:.3f}\n"
            f"  exact match of normalised names:       precision "
            f"{figures['exact_precision']:.3f}, recall {figures['exact_recall']:.3f}")


def test_fingerprints_find_duplicates_exact_matching_misses() -> None:
    records, truth = generate(seed=13)
    assert len({r.person for r in records}) >= 500
    figures = measure(records, truth)
    print("\n" + report(figures))
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.9
    assert figures["recall"] > 3 * figures["exact_recall"]


def test_the_set_has_the_variation_it_claims() -> None:
    """Arabic, Sorani and Latin letters, and both kinds of hard non-duplicates."""
    records, truth = generate(seed=13)
    text = " ".join(r.full_name for r in records)
    assert "\u06b5" in text or "\u0695" in text  # Sorani letters
    assert "\u00ea" in text  # Kurmanji
    assert "al-" in text and "\u0627\u0644" in text
    assert any(r.date_of_birth == "" for r in records)
    assert any(r.origin_area is None for r in records)
    cross_script = sum(1 for a, b in truth if _script(records, a) != _script(records, b))
    assert cross_script > len(truth) // 3


def _script(records: list[Record], rid: str) -> bool:
    name = next(r.full_name for r in records if r.id == rid)
    return name.isascii()
