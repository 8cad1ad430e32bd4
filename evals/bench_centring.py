"""What per-language centring costs per question: the store's dense top 50 alone against `Searcher.dense_ranked`
(one filtered search per document language, then merged), and BM25's top 50 for scale.

    QUIDIT_HOME=… python -m quidit.evals.bench_centring --corpus DIR [--store milvus:PATH.db] [--repeat 20]

The corpus's index must exist (`quidit index`); the dev questions of the bundled report are the queries.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from quidit.evals.run import QUESTIONS, answerable, load_questions, pct
from quidit.index.base import PassageFilter
from quidit.index.search import POOL
from quidit.index.service import open_index
from quidit.settings import Retriever, Settings, StoreSpec


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--store", default="files")
    ap.add_argument("--repeat", type=int, default=20, help="questions timed (after one warm-up)")
    args = ap.parse_args()
    s = open_index(Settings(corpus=args.corpus, store=StoreSpec.parse(args.store)), progress=False).searcher
    questions = [q["question"] for q in answerable(load_questions(QUESTIONS))][: args.repeat + 1]
    vectors = [s.encode_query(q) for q in questions]
    runs = {"dense top 50, one search": lambda qv, q: s.stored.rank(qv, "", Retriever.DENSE, POOL, None),
            "dense top 50, centred per language": lambda qv, q: s.dense_ranked(qv, POOL, PassageFilter()),
            "bm25 top 50": lambda qv, q: s.stored.rank(None, q, Retriever.BM25, POOL, None)}
    print(f"{s.stored.location}: {len(s.passages)} passages, document languages "
          + ", ".join(f"{lang} {len(docs)}" for lang, (docs, _, _) in s._language_stats.items()))
    for name, fn in runs.items():
        fn(vectors[0], questions[0])
        times = []
        for qv, q in zip(vectors[1:], questions[1:]):
            t = time.perf_counter()
            fn(qv, q)
            times.append(time.perf_counter() - t)
        print(f"{name}: p50 {1000 * pct(times, .5):.1f} ms, p95 {1000 * pct(times, .95):.1f} ms")


if __name__ == "__main__":
    main()
