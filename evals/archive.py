"""Scale benchmark: a synthetic archive, embedding throughput with 1 and 2 jobs, and search latency
of both stores at 1k / 10k / 100k passages.

    python -m quidit.evals.bench --archive N [--sizes 1000,10000,100000] [--embed-texts 256]

The archive: N transcripts made from the bundled report and the test transcripts of evals/data, each
with its speakers renamed and its paragraphs (turns) shuffled after the opening, so it is not N copies of
one text. Embedding is timed on a sample of its passages and sentences with the real encoder. Search
latency beyond what can be embedded here in minutes uses the stored vectors of real passages repeated
with Gaussian noise (renormalised); the output says so. Latency is of the store's ranking (query
vector given); encoding the query is timed on its own.
"""
from __future__ import annotations

import random
import re
import resource
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from quidit.evals.run import QUESTIONS, load_questions
from quidit.settings import DEFAULT_CORPUS, Retriever, StoreSpec

SOURCES_DIR = Path(__file__).resolve().parent / "data"
FIRST = ["Nadia", "Marc", "Lucía", "Omar", "Hélène", "Tomás", "Inès", "Paul", "Amina", "Jorge", "Claire", "Karim",
         "Sofía", "Luc", "Maya", "Diego", "Léa", "Yann", "Rosa", "Hugo"]
LAST = ["Roussel", "Ferrand", "Delgado", "Benhamou", "Carvalho", "Lemoine", "Quispe", "Morel", "Haddad", "Vidal",
        "Ortega", "Giraud", "Nakamura", "Barros", "Fontaine", "Mendoza", "Leclerc", "Rahmani", "Silva", "Perrin"]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def source_transcripts() -> list[Path]:
    """The bundled report and the test transcripts (never the real gold documents)."""
    return sorted(DEFAULT_CORPUS.glob("*.txt")) + sorted(SOURCES_DIR.glob("*.txt"))


def make_archive(n: int, folder: Path, seed: int = 7) -> list[Path]:
    """N transcripts: a source's speakers renamed (full name and surname), its paragraphs after the opening shuffled."""
    from quidit.ingest import ingest_file

    rng = random.Random(seed)
    sources = source_transcripts()
    people = {p: [x.name for x in ingest_file(p).participants] for p in sources}
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        for name in sorted(people[src], key=len, reverse=True):
            new_first, new_last = rng.choice(FIRST), rng.choice(LAST)
            parts = name.split()
            text = text.replace(name, f"{new_first} {new_last}")
            if len(parts) > 1 and len(parts[-1]) > 3:
                text = re.sub(rf"\b{re.escape(parts[-1])}\b", new_last, text)
        paras = re.split(r"\n\s*\n", text)
        head, body = paras[:3], paras[3:]
        rng.shuffle(body)
        path = folder / f"archive-{i:05d}-{src.stem[:40]}.txt"
        path.write_text("\n\n".join(head + body), encoding="utf-8")
        out.append(path)
    return out


def embedding_rates(encoder_spec: str, texts: list[str], jobs_list=(1, 2)) -> dict[int, float]:
    """Texts/s of the real encoder on `texts`, with 1 and 2 worker processes (workers load their own model:
    included, as in a real build)."""
    from quidit.index import embedding
    from quidit.index.encoders import load_encoder
    from quidit.index.store import text_hash

    enc = load_encoder(encoder_spec)
    rates = {}
    old_min = embedding.MIN_BATCHES_PER_JOB
    embedding.MIN_BATCHES_PER_JOB = 1  # the sample is small: use every worker
    try:
        for jobs in jobs_list:
            e = embedding.Embedder(enc, jobs=jobs, factory=getattr(enc, "factory", None) or type(enc))
            t = time.perf_counter()
            e([f"{jobs}:{s}" for s in texts], text_hash)  # distinct per run: nothing reused
            rates[jobs] = len(texts) / (time.perf_counter() - t)
    finally:
        embedding.MIN_BATCHES_PER_JOB = old_min
    return rates


def _scaled(vecs: np.ndarray, n: int, rng: np.random.Generator, noise: float = 0.05) -> np.ndarray:
    reps = np.resize(np.arange(len(vecs)), n)
    out = vecs[reps] + rng.normal(0, noise, (n, vecs.shape[1])).astype(np.float32)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def _percentiles(lat: list[float]) -> tuple[float, float]:
    return float(np.percentile(lat, 50) * 1000), float(np.percentile(lat, 95) * 1000)


def _du_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def files_latency(passages, vecs, qvs, queries, speakers, tmp: Path, hnsw: bool) -> dict:
    """The files store's rank() at this size (exact IndexFlatIP, or HNSW), with and without a speaker filter."""
    import faiss

    from quidit.index import store
    from quidit.index.lexical import Lexical
    from quidit.index.manifest import FORMAT_VERSION, EncoderInfo, Manifest

    t = time.perf_counter()
    index = store.vector_index(vecs, vecs.shape[1], hnsw_above=0 if hnsw else len(vecs) + 1)
    lexical = Lexical.build([store.embed_text(p) for p in passages])
    build_s = time.perf_counter() - t
    folder = tmp / ("files-hnsw" if hnsw else "files-flat")
    folder.mkdir(parents=True, exist_ok=True)
    faiss.write_index(index, str(folder / "vectors.faiss"))
    lexical.save(folder / "bm25")
    with open(folder / "passages.jsonl", "w", encoding="utf-8") as f:
        import json

        for p in passages:
            f.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    size = _du_mb(folder)
    manifest = Manifest(FORMAT_VERSION, EncoderInfo("bench", vecs.shape[1]), {}, {})
    st = store.StoredIndex(folder, manifest, passages, {}, index, lexical, [], faiss.IndexFlatIP(vecs.shape[1]))
    lat, flat_lat = _latencies(st, qvs, queries, speakers)
    recall = None
    if hnsw:
        exact = store.vector_index(vecs, vecs.shape[1], hnsw_above=len(vecs) + 1)
        hits = []
        for qv in qvs:
            a = set(exact.search(qv[None], 10)[1][0])
            b = set(i for i, _ in st.dense_top(qv, 10, None))
            hits.append(len(a & b) / 10)
        recall = float(np.mean(hits))
    return {"p50": _percentiles(lat)[0], "p95": _percentiles(lat)[1], "filtered_p95": _percentiles(flat_lat)[1],
            "build_s": build_s, "size_mb": size, "recall10": recall}


def _latencies(store, qvs, queries, speakers) -> tuple[list[float], list[float]]:
    """Seconds per hybrid rank() call: unfiltered, then restricted to each query's speaker."""
    from quidit.index.base import PassageFilter

    lat, filtered = [], []
    for qv, q in zip(qvs, queries):
        t = time.perf_counter()
        store.rank(qv, q, Retriever.HYBRID, 50, None)
        lat.append(time.perf_counter() - t)
    for qv, q, s in zip(qvs, queries, speakers):
        t = time.perf_counter()
        store.rank(qv, q, Retriever.HYBRID, 50, PassageFilter(frozenset([s])))
        filtered.append(time.perf_counter() - t)
    return lat, filtered


def milvus_latency(passages, vecs, qvs, queries, speakers, tmp: Path) -> dict:
    """Milvus Lite: the same rows written with the store's own schema and searched with its rank()."""
    from quidit.index import milvus
    from quidit.index.manifest import FORMAT_VERSION, EncoderInfo, Manifest
    from quidit.index.store import embed_text

    spec = StoreSpec.parse(f"milvus:{tmp}/bench-{len(passages)}.db")
    client = milvus.connect(spec)
    base = "quidit_bench"
    milvus._drop(client, base)
    t = time.perf_counter()
    milvus._create(client, base, vecs.shape[1])
    keys = [milvus.passage_key(p) for p in passages]
    for s in range(0, len(passages), 2000):
        client.insert(f"{base}_p", [{"pk": keys[i], "source": passages[i].source, "speaker": passages[i].speaker or "",
                                     "lexical": milvus.normalise(embed_text(passages[i])), "passage": passages[i].to_dict(),
                                     "dense": vecs[i].tolist()} for i in range(s, min(s + 2000, len(passages)))])
    manifest = Manifest(FORMAT_VERSION, EncoderInfo("bench", vecs.shape[1]), {}, {})
    milvus._write_blob(client, base, "manifest", manifest.to_json())
    milvus._write_blob(client, base, "participants", "{}")
    client.flush(f"{base}_p")
    ms = milvus.MilvusStore(client, base, spec, None)
    build_s = time.perf_counter() - t
    for qv, q in zip(qvs[:3], queries[:3]):  # warm-up: the first searches load segments
        ms.rank(qv, q, Retriever.HYBRID, 50, None)
    lat, flt = _latencies(ms, qvs, queries, speakers)
    size = _du_mb(Path(spec.uri))
    client.close()
    return {"p50": _percentiles(lat)[0], "p95": _percentiles(lat)[1], "filtered_p95": _percentiles(flt)[1],
            "build_s": build_s, "size_mb": size, "recall10": None}


def run(n_archive: int, sizes: list[int], embed_texts: int, model: str = "e5-small", milvus_max: int = 100_000) -> str:
    from quidit.index.encoders import load_encoder
    from quidit.index.store import embed_text, passage_sentences
    from quidit.ingest import ingest_corpus

    lines = []
    with tempfile.TemporaryDirectory(prefix="quidit-archive-") as tmpdir:
        tmp = Path(tmpdir)
        t = time.perf_counter()
        make_archive(n_archive, tmp / "archive")
        transcripts, _ = ingest_corpus(tmp / "archive")
        passages = [p for tr in transcripts for p in tr.passages]
        sentences = [p.text[a:b] for p in passages for a, b in passage_sentences(p.text)]
        lines.append(f"archive: {n_archive} synthetic transcripts (speakers renamed, turns shuffled), {len(passages)} passages, "
                     f"{len(sentences)} sentences to embed; ingest {time.perf_counter() - t:.1f} s")

        # --- embedding: where the time goes, 1 vs 2 jobs --------------------------------------
        rng = random.Random(1)
        ptexts = [embed_text(p) for p in rng.sample(passages, min(embed_texts // 2, len(passages)))]
        stexts = rng.sample(sentences, min(embed_texts // 2, len(sentences)))
        enc = load_encoder(model)
        t = time.perf_counter()
        pvec = enc.encode_passages(ptexts)
        p_s = time.perf_counter() - t
        t = time.perf_counter()
        enc.encode_passages(stexts)
        s_s = time.perf_counter() - t
        p_rate, s_rate = len(ptexts) / p_s, len(stexts) / s_s
        est_p, est_s = len(passages) / p_rate, len(sentences) / s_rate
        lines.append(f"embedding ({enc.model_id}), 1 process: passages {p_rate:.1f} texts/s "
                     f"(avg {np.mean([len(x) for x in ptexts]):.0f} chars), sentences {s_rate:.1f} texts/s "
                     f"(avg {np.mean([len(x) for x in stexts]):.0f} chars); for this archive: passages {est_p:.0f} s, "
                     f"sentences {est_s:.0f} s ({100 * est_s / (est_p + est_s):.0f}% of embedding time)")
        rates = embedding_rates(model, (ptexts + stexts)[:embed_texts])
        lines.append("build texts/s (mixed passages+sentences, workers load their own model): "
                     + ", ".join(f"{j} job{'s' if j > 1 else ''} {r:.1f}" for j, r in rates.items()))

        # --- search latency at archive sizes ---------------------------------------------------
        qs = [q["question"] for q in load_questions(QUESTIONS)][:40]
        t = time.perf_counter()
        qvs = enc.encode_queries(qs)
        enc_ms = 1000 * (time.perf_counter() - t) / len(qs)
        lines.append(f"query encoding: {enc_ms:.0f} ms per question (not included below)")
        lines.append(f"NOTE: passages beyond the {len(ptexts)} embedded are those vectors repeated with Gaussian noise "
                     "(sd 0.05, renormalised) and the archive's passage texts repeated; latency is of rank() "
                     "(hybrid, top 50, both retrievers and RRF), 40 questions after warm-up.")
        lines.append("")
        lines.append("| passages | store | index | search p50 ms | search p95 ms | p95 with speaker filter ms | build s | size on disk MB | recall@10 vs exact |")
        lines.append("|---|---|---|---|---|---|---|---|---|")
        nrng = np.random.default_rng(3)
        for size in sizes:
            reps = np.resize(np.arange(len(passages)), size)
            ps = []
            for k, i in enumerate(reps):
                p = passages[i]
                ps.append(type(p).from_dict(p.to_dict() | {"id": f"{p.id}-{k}"}))
            vecs = _scaled(np.asarray(pvec, np.float32), size, nrng)
            speakers = [p.speaker for p in ps if p.speaker]
            spk = [speakers[(7 * i) % len(speakers)] for i in range(len(qs))]
            rows = [("files", "IndexFlatIP (exact)", files_latency(ps, vecs, qvs, qs, spk, tmp / str(size), hnsw=False))]
            if size >= 10_000:
                rows.append(("files", "IndexHNSWFlat M=32 ef=128", files_latency(ps, vecs, qvs, qs, spk, tmp / str(size), hnsw=True)))
            if size <= milvus_max:
                rows.append(("milvus (Lite)", "AUTOINDEX + BM25 function, RRF", milvus_latency(ps, vecs, qvs, qs, spk, tmp)))
            for store_name, index, r in rows:
                rec = f"{r['recall10']:.3f}" if r["recall10"] is not None else "1 (exact)" if store_name == "files" else "—"
                lines.append(f"| {size:,} | {store_name} | {index} | {r['p50']:.1f} | {r['p95']:.1f} | {r['filtered_p95']:.1f} | "
                             f"{r['build_s']:.1f} | {r['size_mb']:.1f} | {rec} |")
            shutil.rmtree(tmp / str(size), ignore_errors=True)
        lines.append("")
        lines.append(f"peak RSS of the benchmark process: {_peak_rss_mb():.0f} MB (Milvus Lite runs in-process here)")
    return "\n".join(lines)
