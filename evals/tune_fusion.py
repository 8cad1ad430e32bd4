"""How the hybrid fusion was chosen: weighted RRF against normalised score fusion, over a grid of BM25 weights,
on the DEV suites only (report dev, real dev, mixed dev). Test suites are refused: they are run once, after.

    QUIDIT_HOME=/tmp/qh python -m quidit.evals.tune_fusion [--weights 1.5,2,2.4,3] [--rrf 0.2,0.3,0.5] [--bonus 0,0.5,1]

Each question is encoded once; every variant then re-ranks the same dense (language-centred) and BM25 lists
with index/fusion.py. The passages of a speaker the question names are either put first ("first", what search
did before) or lifted by a bonus in dense standard deviations (`Searcher.search` now). Prints one line per
variant: hit@1, hit@5 and MRR@10 per suite, their mean MRR (the number the default was chosen on), and the
fusion's own cost per question (the slowest suite; encoding and the two retrievers are the same for all).
"""
from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from quidit.evals import run as ev
from quidit.evals.metrics import retrieval_metrics
from quidit.index.base import PassageFilter
from quidit.index.fusion import rrf, score_fusion
from quidit.index.search import POOL, SPEAKER_BONUS, Searcher
from quidit.index.service import open_index
from quidit.settings import Retriever, Settings


@dataclasses.dataclass
class Lists:
    qid: str
    dense: list[tuple[int, float]]
    bm25: list[tuple[int, float]]
    preferred: list[str]


def lists_of(searcher: Searcher, questions: list[dict]) -> list[Lists]:
    out = []
    for q in ev.answerable(questions):
        qv = searcher.encode_query(q["question"])
        dense = [(i, s) for i, s, _ in searcher.dense_ranked(qv, POOL, PassageFilter())]
        bm25 = [(r.index, r.score) for r in searcher.stored.rank(None, q["question"], Retriever.BM25, POOL, None)]
        out.append(Lists(q["id"], dense, bm25, searcher.named_in(q["question"])))
    return out


Variant = tuple[str, float, float | None]  # fusion, BM25 weight, speaker bonus (None: the speaker's passages first)


def ranking(searcher: Searcher, lst: Lists, variant: Variant) -> list[str]:
    kind, w, bonus = variant
    named = {i for i in dict(lst.dense) | dict(lst.bm25) if searcher.passages[i].speaker in lst.preferred}
    lift = dict.fromkeys(named, bonus or 0.0)
    if kind == "rrf":
        fused = [d for d, _, _ in rrf({"dense": [i for i, _ in lst.dense], "bm25": [i for i, _ in lst.bm25]}, weights={"bm25": w})]
    elif kind == "score":
        fused = [d for d, _, _ in score_fusion(lst.dense, lst.bm25, w, lift)]
    else:
        fused = [d for d, _, _ in score_fusion(lst.dense, [], 0.0, lift)]
    if bonus is None:
        fused = [i for i in fused if i in named] + [i for i in fused if i not in named]
    return [searcher.passages[i].id for i in fused[:10]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", default="1.0,1.5,2.0,2.4,3.0,4.0", help="BM25 weights of score fusion")
    ap.add_argument("--rrf", default="0.2,0.3,0.5,1.0", help="BM25 weights of RRF")
    ap.add_argument("--bonus", default="0,0.5,1.0,2.0", help="speaker bonuses tried with score fusion (besides 'first')")
    args = ap.parse_args()
    settings = Settings()
    suites = [s for s in ev.default_suites(settings.home, settings.corpus) if s.split == "dev"]
    bonuses = [float(b) for b in args.bonus.split(",")]
    variants: list[Variant] = [("dense", 0.0, None), ("dense", 0.0, SPEAKER_BONUS)] + \
        [("rrf", float(w), None) for w in args.rrf.split(",")] + \
        [("score", float(w), b) for w in args.weights.split(",") for b in [None, *bonuses]]
    searchers: dict[Path, Searcher] = {}
    table: dict[Variant, list[str]] = {v: [] for v in variants}
    mrr: dict[Variant, list[float]] = {v: [] for v in variants}
    cost: dict[Variant, list[float]] = {v: [] for v in variants}  # seconds of fusion per question, per suite
    for su in suites:
        if su.corpus not in searchers:
            searchers[su.corpus] = open_index(dataclasses.replace(settings, corpus=su.corpus), progress=False).searcher
        s = searchers[su.corpus]
        relevant = ev.relevance(su.questions, s)
        lists = lists_of(s, su.questions)
        for v in variants:
            t = time.perf_counter()
            ranked = {lst.qid: ranking(s, lst, v) for lst in lists}
            cost[v].append((time.perf_counter() - t) / max(1, len(lists)))
            m = retrieval_metrics(ranked, relevant)
            table[v].append(f"{su.name.split(' (')[0]}: hit@1 {m['hit@1']:.3f} hit@5 {m['hit@5']:.3f} mrr {m['mrr@10']:.3f}")
            mrr[v].append(m["mrr@10"])
    for v in variants:
        name = (v[0] if v[0] == "dense" else f"{v[0]} {v[1]:g}") + (" first" if v[2] is None else f" +{v[2]:g}")
        print(f"{name:16s} mean mrr {sum(mrr[v]) / len(mrr[v]):.4f} | " + " | ".join(table[v])
              + f" | fusion {1e6 * max(cost[v]):.0f} µs/question")


if __name__ == "__main__":
    main()
