"""Reciprocal rank fusion: combine rankings by rank, not by incomparable scores."""
from __future__ import annotations

from collections.abc import Mapping, Sequence


def rrf(rankings: dict[str, list[int]], k: int = 60,
        weights: Mapping[str, float | Sequence[float]] | None = None) -> list[tuple[int, float, set[str]]]:
    """[(doc, fused score, retrievers that found it)], best first; ties keep first-seen order.

    `weights[name]` scales a ranking's votes: one number, or one number per doc index (a vote of
    weight 0 is no vote)."""
    scores: dict[int, float] = {}
    found: dict[int, set[str]] = {}
    for name, ranking in rankings.items():
        w = (weights or {}).get(name, 1.0)
        for rank, doc in enumerate(ranking, 1):
            wd = float(w if isinstance(w, (int, float)) else w[doc])
            if wd <= 0:
                continue
            scores[doc] = scores.get(doc, 0.0) + wd / (k + rank)
            found.setdefault(doc, set()).add(name)
    order = sorted(scores, key=lambda d: -scores[d])
    return [(d, scores[d], found[d]) for d in order]
