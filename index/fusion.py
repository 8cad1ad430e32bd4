"""Reciprocal rank fusion: combine rankings by rank, not by incomparable scores."""
from __future__ import annotations


def rrf(rankings: dict[str, list[int]], k: int = 60) -> list[tuple[int, float, set[str]]]:
    """[(doc, fused score, retrievers that found it)], best first; ties keep first-seen order."""
    scores: dict[int, float] = {}
    found: dict[int, set[str]] = {}
    for name, ranking in rankings.items():
        for rank, doc in enumerate(ranking, 1):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
            found.setdefault(doc, set()).add(name)
    order = sorted(scores, key=lambda d: -scores[d])
    return [(d, scores[d], found[d]) for d in order]
