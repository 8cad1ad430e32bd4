"""Embedding at archive size: each distinct text once, in batches, on N worker processes, resumable.

Completed batches are written to a cache folder as plain files (`batch-NNNNN.npy` float32 vectors +
`batch-NNNNN.json` text hashes, never pickle), so a build that is killed resumes from its last completed
batch. Workers load their own encoder (a model cannot be shared between processes) with
cores/jobs threads each.
"""
from __future__ import annotations

import json
import logging
import multiprocessing
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from quidit.index.encoders import Encoder

log = logging.getLogger(__name__)
BATCH = 64  # texts per batch: the unit of progress, of work for a worker, and of resumption
MIN_BATCHES_PER_JOB = 4  # below this a worker's start (loading its own model) costs more than it saves

_worker_encoder: Encoder | None = None


def _init_worker(factory: Callable[[], Encoder], threads: int) -> None:
    global _worker_encoder
    os.environ["OMP_NUM_THREADS"] = str(threads)
    try:
        import torch

        torch.set_num_threads(threads)
    except ImportError:  # pragma: no cover - torch comes with sentence-transformers
        pass
    _worker_encoder = factory()


def _encode(texts: list[str]) -> np.ndarray:
    return np.asarray(_worker_encoder.encode_passages(texts), dtype=np.float32)


@dataclass
class Embedder:
    """Vectors by text hash: `known` (reused from the previous index), then the resume cache, then the encoder."""

    encoder: Encoder
    known: dict[str, np.ndarray] = field(default_factory=dict)
    jobs: int = 1
    factory: Callable[[], Encoder] | None = None  # how a worker process builds its own encoder
    cache: Path | None = None
    progress: Callable[[int, int], None] | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # where the time went, by `kind`
    embedded: int = 0
    _total: int = 0
    _batch_no: int = 0

    def __post_init__(self) -> None:
        if self.cache is not None:
            self._load_cache()

    # --- resume cache ---------------------------------------------------------------
    def _load_cache(self) -> None:
        meta = self.cache / "cache.json"
        try:
            same = json.loads(meta.read_text(encoding="utf-8")) == {"model_id": self.encoder.model_id, "dim": self.encoder.dim}
        except (OSError, ValueError):
            same = False
        if not same:
            shutil.rmtree(self.cache, ignore_errors=True)
            self.cache.mkdir(parents=True)
            meta.write_text(json.dumps({"model_id": self.encoder.model_id, "dim": self.encoder.dim}), encoding="utf-8")
            return
        resumed = 0
        for hashes_file in sorted(self.cache.glob("batch-*.json")):
            try:
                hashes = json.loads(hashes_file.read_text(encoding="utf-8"))
                vecs = np.load(hashes_file.with_suffix(".npy"), allow_pickle=False)
            except (OSError, ValueError):
                continue  # a batch being written when the build was killed: embed it again
            if vecs.shape != (len(hashes), self.encoder.dim):
                continue
            for h, v in zip(hashes, vecs):
                self.known.setdefault(h, v)
            resumed += len(hashes)
            self._batch_no = max(self._batch_no, int(hashes_file.stem.split("-")[1]) + 1)
        if resumed:
            log.info("resuming an interrupted build: %d texts already embedded", resumed)

    def _save_batch(self, hashes: list[str], vecs: np.ndarray) -> None:
        if self.cache is None:
            return
        stem = self.cache / f"batch-{self._batch_no:05d}"
        self._batch_no += 1
        np.save(f"{stem}.tmp.npy", vecs, allow_pickle=False)
        os.replace(f"{stem}.tmp.npy", f"{stem}.npy")
        tmp = Path(f"{stem}.tmp.json")
        tmp.write_text(json.dumps(hashes), encoding="utf-8")
        os.replace(tmp, f"{stem}.json")  # the .json last: a batch with hashes is complete

    def clear_cache(self) -> None:
        if self.cache is not None:
            shutil.rmtree(self.cache, ignore_errors=True)

    # --- embedding --------------------------------------------------------------------
    def plan(self, texts: list[str], hash_of: Callable[[str], str]) -> int:
        """Tell the progress bar how many distinct texts still need the encoder."""
        self._total = len({hash_of(t) for t in texts} - set(self.known))
        return self._total

    def __call__(self, texts: list[str], hash_of: Callable[[str], str], kind: str = "texts") -> np.ndarray:
        t0 = time.perf_counter()
        hashes = [hash_of(t) for t in texts]
        first: dict[str, str] = {}
        for h, t in zip(hashes, texts):
            if h not in self.known:
                first.setdefault(h, t)
        todo = list(first)
        batches = [todo[s:s + BATCH] for s in range(0, len(todo), BATCH)]
        jobs = min(self.jobs, len(batches) // MIN_BATCHES_PER_JOB)
        if jobs > 1 and self.factory is not None:
            threads = max(1, (os.cpu_count() or 1) // jobs)
            ctx = multiprocessing.get_context("spawn")  # never fork a process whose encoder holds threads
            with ctx.Pool(jobs, initializer=_init_worker, initargs=(self.factory, threads)) as pool:
                results = pool.imap(_encode, [[first[h] for h in b] for b in batches])
                for b, vecs in zip(batches, results):
                    self._done(b, vecs)
        else:
            for b in batches:
                self._done(b, np.asarray(self.encoder.encode_passages([first[h] for h in b]), dtype=np.float32))
        out = np.zeros((len(texts), self.encoder.dim), dtype=np.float32)
        for i, h in enumerate(hashes):
            out[i] = self.known[h]
        self.seconds[kind] = self.seconds.get(kind, 0.0) + time.perf_counter() - t0
        return out

    def _done(self, hashes: list[str], vecs: np.ndarray) -> None:
        for h, v in zip(hashes, vecs):
            self.known[h] = v
        self._save_batch(hashes, vecs)
        self.embedded += len(hashes)
        if self.progress:
            self.progress(len(hashes), self._total)
