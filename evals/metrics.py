"""Retrieval metrics through ir-measures, from typed rankings."""
from __future__ import annotations

import ir_measures
from ir_measures import RR, R, Success, nDCG

MEASURES = {"hit@1": Success @ 1, "hit@3": Success @ 3, "hit@5": Success @ 5, "recall@10": R @ 10,
            "mrr@10": RR @ 10, "ndcg@10": nDCG @ 10}


def retrieval_metrics(rankings: dict[str, list[str]], relevant: dict[str, set[str]]) -> dict[str, float]:
    """rankings: query id -> doc ids best first; relevant: query id -> relevant doc ids.

    Scores are written as descending integers so ties can never reorder a run.
    """
    qids = [q for q in rankings if relevant.get(q)]
    if not qids:
        return {name: 0.0 for name in MEASURES}
    qrels = [ir_measures.Qrel(q, d, 1) for q in qids for d in relevant[q]]
    run = [ir_measures.ScoredDoc(q, d, float(len(rankings[q]) - i)) for q in qids for i, d in enumerate(rankings[q])]
    # a query with an empty ranking is absent from the run; ir-measures counts it as 0 (it is in the qrels)
    agg = ir_measures.calc_aggregate(list(MEASURES.values()), qrels, run)
    return {name: float(agg.get(m, 0.0)) for name, m in MEASURES.items()}


def hit_curve(rankings: dict[str, list[str]], relevant: dict[str, set[str]], depth: int = 10) -> list[float]:
    """hit@1..depth (ir-measures Success@k): share of questions with a relevant passage in the top k."""
    qids = [q for q in rankings if relevant.get(q)]
    if not qids:
        return [0.0] * depth
    qrels = [ir_measures.Qrel(q, d, 1) for q in qids for d in relevant[q]]
    run = [ir_measures.ScoredDoc(q, d, float(len(rankings[q]) - i)) for q in qids for i, d in enumerate(rankings[q])]
    measures = [Success @ k for k in range(1, depth + 1)]
    agg = ir_measures.calc_aggregate(measures, qrels, run)
    return [float(agg.get(m, 0.0)) for m in measures]


def document_interval(per_document: list[tuple[int, int]], level: float = 0.95, draws: int = 2000,
                      seed: int = 0) -> tuple[float, float]:
    """A percentile bootstrap interval of pooled accuracy (correct / total) that resamples whole documents.

    Sentences of one document share its format, so they are not independent: a rule that misreads a label form
    fails a whole document. Resampling documents shows how far the number could move with other documents of the
    same kinds; with one document (or all alike) the interval is the point itself."""
    import numpy as np

    ok = np.array([c for c, _ in per_document], float)
    n = np.array([t for _, t in per_document], float)
    if not len(n) or n.sum() == 0:
        return (0.0, 0.0)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(n), size=(draws, len(n)))
    acc = ok[picks].sum(axis=1) / np.maximum(n[picks].sum(axis=1), 1)
    tail = (1 - level) / 2 * 100
    return float(np.percentile(acc, tail)), float(np.percentile(acc, 100 - tail))
