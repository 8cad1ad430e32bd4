"""Fusion of the dense and BM25 rankings: reciprocal rank fusion (by rank) and normalised score fusion."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np


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


def score_fusion(dense: Sequence[tuple[int, float]], bm25: Sequence[tuple[int, float]], bm25_weight: float,
                 bonus: Mapping[int, float] | None = None) -> list[tuple[int, float, set[str]]]:
    """[(doc, fused score, retrievers that found it)], best first; ties keep first-seen order (dense first).

    Unlike RRF, a score keeps how far ahead a passage is: dense scores become z-scores over the dense
    list (a passage only BM25 found gets the list's lowest dense score, an upper bound of its own), BM25
    scores are divided by the best one, so `bm25_weight` is what the best BM25 match adds in dense
    standard deviations; `bonus[doc]` is added as is (same units)."""
    found: dict[int, set[str]] = {}
    for name, lst in (("dense", dense), ("bm25", bm25)):
        for doc, _ in lst:
            found.setdefault(doc, set()).add(name)
    d = dict(dense)
    b = dict(bm25)
    if d:
        values = np.fromiter(d.values(), float)
        mean, sd, floor = float(values.mean()), float(values.std()) or 1.0, float(values.min())
    else:
        mean, sd, floor = 0.0, 1.0, 0.0
    top = max(b.values(), default=0.0) or 1.0
    bonus = bonus or {}
    scores = {doc: (d.get(doc, floor) - mean) / sd + bm25_weight * b.get(doc, 0.0) / top + bonus.get(doc, 0.0)
              for doc in found}
    order = sorted(found, key=lambda doc: -scores[doc])
    return [(doc, scores[doc], found[doc]) for doc in order]
