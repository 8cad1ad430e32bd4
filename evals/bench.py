"""Benchmark: build time, search/ask latency, cold start and peak RSS, per retriever and encoder.

    python -m quidit.evals.bench [--out FILE]
    python -m quidit.evals.bench --archive N [--sizes 1000,10000,100000]   (scale: see evals/archive.py)

Runs against the bundled corpus with a throw-away QUIDIT_HOME, and alongside the
tutorial baseline (MiniLM + flat FAISS, no BM25 = `--model minilm --retriever dense`).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quidit.evals.run import QUESTIONS, load_questions, pct
from quidit.settings import DEFAULT_CORPUS, Settings


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_rss_mb(pid: int) -> float:
    """Peak resident memory of another process (Linux /proc), 0 where unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def chat_ready_seconds(model: str, env: dict) -> tuple[float, float]:
    """Seconds from starting `quidit chat` (index already built) to the first answer through its API,
    and the chat server's peak RSS after answering 20 questions."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "quidit.cli", "chat", "--model", model, "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - t < 120:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        from gradio_client import Client

        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        client.predict(question="Qui a parlé du boom gastronomique ?", speakers=None, api_name="/ask")
        ready = time.perf_counter() - t
        for q in [q["question"] for q in load_questions(QUESTIONS)][:20]:
            client.predict(question=q, speakers=None, api_name="/ask")
        return ready, _peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def bench_model(model: str, home: Path, questions: list[str]) -> list[dict]:
    from quidit.chat.answer import Conversation, answer
    from quidit.index.encoders import load_encoder
    from quidit.index.service import open_index

    settings = Settings(corpus=DEFAULT_CORPUS, home=home, model=model)
    enc = load_encoder(model)
    t = time.perf_counter()
    opened = open_index(settings, enc, progress=False, rebuild=True)
    build = time.perf_counter() - t
    n = len(opened.searcher.passages)
    rows = []
    for retriever in ("hybrid", "dense", "bm25"):
        lat = []
        for q in questions:
            t = time.perf_counter()
            opened.searcher.search(q, k=5, retriever=retriever)
            lat.append(time.perf_counter() - t)
        rows.append({"model": model, "retriever": retriever, "search_p50_ms": 1000 * pct(lat, .5),
                     "search_p95_ms": 1000 * pct(lat, .95)})
    lat = []
    for q in questions:
        t = time.perf_counter()
        answer(q, opened.searcher, conversation=Conversation())
        lat.append(time.perf_counter() - t)
    env = dict(os.environ, QUIDIT_HOME=str(home))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quidit.cli", "search", "budget de Montevideo", "--model", model],
                   env=env, capture_output=True, check=True)
    cold = time.perf_counter() - t
    chat_s, chat_rss = chat_ready_seconds(model, env)
    for r in rows:
        r.update({"chat_ready_s": chat_s, "chat_rss_mb": chat_rss, "build_s": build, "passages_per_s": n / build, "ask_p50_ms": 1000 * pct(lat, .5),
                  "ask_p95_ms": 1000 * pct(lat, .95), "cold_search_s": cold, "peak_rss_mb": _rss_mb()})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="e5-small,minilm")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--archive", type=int, metavar="N",
                    help="Scale benchmark instead: a synthetic archive of N transcripts, embedding texts/s with 1 and 2 jobs, "
                         "search latency of both stores at --sizes passages (see evals/archive.py).")
    ap.add_argument("--sizes", default="1000,10000,100000", help="Passage counts for --archive latency.")
    ap.add_argument("--embed-texts", type=int, default=256, help="Texts embedded for --archive throughput.")
    ap.add_argument("--milvus-max", type=int, default=100_000, help="Largest --sizes entry also run on Milvus Lite.")
    args = ap.parse_args()
    if args.archive:
        from quidit.evals import archive

        out = archive.run(args.archive, [int(x) for x in args.sizes.split(",")], args.embed_texts,
                          model=args.models.split(",")[0], milvus_max=args.milvus_max)
        print(out)
        if args.out:
            args.out.write_text(out + "\n", encoding="utf-8")
        return
    qs = [q["question"] for q in load_questions(QUESTIONS)]
    qs = (qs * 2)[:120]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for model in args.models.split(","):
            rows += bench_model(model, Path(tmp) / model, qs)
    head = ("| model | retriever | build s | passages/s | search p50 ms | search p95 ms | ask p50 ms | ask p95 ms "
            "| cold `quidit search` s | `quidit chat` to first answer s | bench peak RSS MB | chat server peak RSS MB |")
    lines = [head, "|---" * 12 + "|"]
    for r in rows:
        label = " (baseline: MiniLM + flat FAISS)" if r["model"] == "minilm" and r["retriever"] == "dense" else ""
        lines.append(f"| {r['model']} | {r['retriever']}{label} | {r['build_s']:.1f} | {r['passages_per_s']:.1f} | "
                     f"{r['search_p50_ms']:.1f} | {r['search_p95_ms']:.1f} | {r['ask_p50_ms']:.0f} | {r['ask_p95_ms']:.0f} | "
                     f"{r['cold_search_s']:.2f} | {r['chat_ready_s']:.1f} | {r['peak_rss_mb']:.0f} | {r['chat_rss_mb']:.0f} |")
    out = "\n".join(lines)
    print(out)
    if args.out:
        args.out.write_text(out + "\n" + json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
