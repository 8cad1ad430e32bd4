"""Load test of the chat server's `ask` API: N users at once, each asking its questions back to back.

    python -m quidit.evals.load                       # fake encoder (needs the repo's tests/fakes.py)
    python -m quidit.evals.load --encoder e5-small    # the real model

Starts the server in a child process on 127.0.0.1 (never another host), waits for it, runs the phases
(20 users x 10 questions, 50 x 4, 80 x 2 by default; bounded: each user asks a fixed number of questions),
and prints one markdown row per phase: latency p50/p95/max, errors, and the server's resident memory
(VmRSS now and VmHWM, the peak since start, read from /proc). Latency is one `ask` call end to end
(POST /gradio_api/call/ask, then its event stream until `complete`), as gradio_client does it.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import socket
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from quidit.settings import DEFAULT_CORPUS

QUESTIONS = Path(__file__).resolve().parent / "data" / "questions.jsonl"
PHASES = ((20, 10), (50, 4), (80, 2))
TIMEOUT = 60.0  # seconds for one answer; slower counts as an error


@dataclass
class Phase:
    users: int
    each: int
    latencies: list[float]
    errors: list[str]
    seconds: float
    rss_mb: float
    peak_mb: float
    server_cpu: float  # seconds of CPU the server used during the phase
    client_cpu: float

    def row(self) -> str:
        lat = sorted(self.latencies) or [float("nan")]
        p95 = lat[min(len(lat) - 1, int(round(0.95 * len(lat))) - 1)]
        return (f"| {self.users} × {self.each} | {len(self.latencies) + len(self.errors)} | {statistics.median(lat):.2f} | "
                f"{p95:.2f} | {lat[-1]:.2f} | {len(self.errors)} | {len(self.latencies) / self.seconds:.1f} | "
                f"{self.rss_mb:.0f} / {self.peak_mb:.0f} | {1000 * self.server_cpu / max(1, len(self.latencies)):.1f} | "
                f"{1000 * self.client_cpu / max(1, len(self.latencies)):.1f} |")


HEADER = ("| users × questions | requests | p50 s | p95 s | max s | errors | answers/s | server RSS / peak MB "
          "| server CPU ms/answer | client CPU ms/answer |\n|---|---|---|---|---|---|---|---|---|---|")


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _encoder(spec: str):
    if spec == "fake":  # the tests' keyword encoder: no model, so the numbers are the server's own overhead
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from fakes import FakeEncoder

        return FakeEncoder(abstain_below=0.2)
    from quidit.index.encoders import load_encoder

    return load_encoder(spec)


def serve(corpus: str, home: str, spec: str, port: int) -> None:
    """The child process: index the corpus (quietly) and serve the chat until terminated."""
    import logging

    logging.basicConfig(level=logging.WARNING)
    from quidit.chat.app import launch
    from quidit.index.service import open_index
    from quidit.settings import Settings

    searcher = open_index(Settings(corpus=Path(corpus), home=Path(home)), _encoder(spec), progress=False).searcher
    launch(searcher, "127.0.0.1", port, blocked=[home])


def _memory_mb(pid: int) -> tuple[float, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


async def _run(client, base: str, question: str, session: str) -> None:
    """One POST to Gradio's direct route for the same endpoint (no queue, no event stream)."""
    r = await client.post(f"{base}/gradio_api/run/ask", json={"data": [question, None, None], "session_hash": session})
    r.raise_for_status()
    json.loads(r.text)["data"][0]["answer"]


async def _ask(client, base: str, question: str, session: str) -> None:
    """gradio_client's way: join the queue (POST), then read the event stream until `complete`."""
    r = await client.post(f"{base}/gradio_api/call/ask", json={"data": [question, None, None], "session_hash": session})
    r.raise_for_status()
    event_id = r.json()["event_id"]
    async with client.stream("GET", f"{base}/gradio_api/call/ask/{event_id}") as stream:
        stream.raise_for_status()
        event = None
        async for line in stream.aiter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
                if event == "error":
                    raise RuntimeError("error event")
            elif line.startswith("data:") and event == "complete":
                json.loads(line[5:])
                return
    raise RuntimeError("stream ended without an answer")


async def _phase(base: str, users: int, each: int, questions: list[str], route: str = "call") -> tuple[list[float], list[str], float]:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=users * 2, max_keepalive_connections=users * 2)
    async with httpx.AsyncClient(timeout=TIMEOUT, limits=limits) as client:
        start = asyncio.Event()

        async def user(u: int) -> None:
            await start.wait()
            for i in range(each):
                q = questions[(u * each + i) % len(questions)]
                t0 = time.perf_counter()
                try:
                    await asyncio.wait_for((_run if route == "run" else _ask)(client, base, q, f"load-{users}-{u}"), TIMEOUT)
                    latencies.append(time.perf_counter() - t0)
                except Exception as e:  # noqa: BLE001 - every failure is counted, none stops the run
                    errors.append(f"{type(e).__name__}: {e}"[:200])

        tasks = [asyncio.create_task(user(u)) for u in range(users)]
        await asyncio.sleep(0.1)
        t0 = time.perf_counter()
        start.set()
        await asyncio.gather(*tasks)
        return latencies, errors, time.perf_counter() - t0


def _wait_ready(base: str, proc, timeout: float = 600) -> None:
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        if not proc.is_alive():
            raise SystemExit(f"the server exited (code {proc.exitcode}) before it was ready")
        try:
            if httpx.get(f"{base}/config", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server was not ready in time")


def run(corpus: Path, spec: str, phases=PHASES, route: str = "call") -> list[Phase]:
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="quidit-load-") as home:
        proc = ctx.Process(target=serve, args=(str(corpus), home, spec, port), daemon=True)
        proc.start()
        try:
            _wait_ready(base, proc)
            asyncio.run(_phase(base, 2, 2, questions, route))  # warm-up, not counted
            out = []
            for users, each in phases:
                cpu0, own0 = _cpu_seconds(proc.pid), time.process_time()
                lat, err, secs = asyncio.run(_phase(base, users, each, questions, route))
                cpu, own = _cpu_seconds(proc.pid) - cpu0, time.process_time() - own0
                rss, peak = _memory_mb(proc.pid)
                out.append(Phase(users, each, lat, err, secs, rss, peak, cpu, own))
                if err:
                    print(f"errors ({users} users), first: {err[0]}", file=sys.stderr)
            return out
        finally:
            proc.terminate()
            proc.join(10)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m quidit.evals.load", description=__doc__.splitlines()[0])
    ap.add_argument("--encoder", default="fake", help="fake (default: server overhead only), e5-small, minilm or st:PATH")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--phases", default=",".join(f"{u}x{q}" for u, q in PHASES), help="e.g. 20x10,50x4,80x2")
    ap.add_argument("--route", choices=("call", "run"), default="call",
                    help="call: queue + event stream, as gradio_client (default); run: one POST to /gradio_api/run/ask")
    args = ap.parse_args(argv)
    phases = [tuple(int(x) for x in p.split("x")) for p in args.phases.split(",")]
    load = os.getloadavg()
    print(f"encoder {args.encoder}; route {args.route}; corpus {args.corpus.name}; {os.cpu_count()} CPUs; "
          f"load average before {load[0]:.1f}; client and server on this machine")
    print(HEADER)
    for phase in run(args.corpus, args.encoder, phases, args.route):
        print(phase.row(), flush=True)
    print(f"load average after {os.getloadavg()[0]:.1f} (other work on the machine shares its {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
