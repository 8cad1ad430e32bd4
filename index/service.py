"""Open a corpus for search: build or refresh its index when the corpus changed, then load it."""
from __future__ import annotations

import hashlib
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from quidit.errors import InputError, QuiditError
from quidit.index import store
from quidit.index.encoders import Encoder, load_encoder
from quidit.index.search import Searcher
from quidit.ingest.pipeline import corpus_files, ingest_corpus, sidecars
from quidit.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class OpenedIndex:
    searcher: Searcher
    report: store.BuildReport | None  # None when the stored index was already current


def corpus_fingerprint(corpus: Path) -> dict[str, str]:
    """SHA-256 of every transcript and speaker-name sidecar: editing a sidecar re-indexes (only) its transcript's passages."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus_files(corpus) + sidecars(corpus)}


def chunking(settings: Settings) -> dict:
    return {"size": settings.chunk_size, "overlap": settings.chunk_overlap, "splitter": "recursive-character-v1"}


CHAT_BUILD_SECONDS = 180.0  # `quidit chat` builds an index silently only when it takes less than this
RATE_SAMPLE = 16  # passages embedded once to measure this machine's rate


def measured_rate(encoder: Encoder, texts: list[str]) -> float:
    """Texts per second of this encoder on this machine, timed on a sample of the corpus's own passages
    (longer than the average text to embed, so estimates err long)."""
    step = max(1, len(texts) // RATE_SAMPLE)
    sample = texts[::step][:RATE_SAMPLE]
    encoder.encode_passages(sample[:1])  # warm-up: lazy model loading is not the rate
    t0 = time.perf_counter()
    encoder.encode_passages(sample)
    return len(sample) / max(time.perf_counter() - t0, 1e-6)


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min" if seconds < 7200 else f"{seconds / 3600:.1f} h"


def build_index(settings: Settings, encoder: Encoder, progress: bool = True,
                fingerprint: dict[str, str] | None = None, rebuild: bool = False,
                max_seconds: float | None = None) -> store.BuildReport:
    """Ingest and index the corpus. With `max_seconds`, a build estimated to take longer (texts to embed
    divided by the measured rate) is refused before anything is written, with a message naming `quidit index`."""
    transcripts, errors = ingest_corpus(settings.corpus, settings.chunk_size, settings.chunk_overlap, settings.max_chars)
    for line in errors:
        log.error(line)
    if not transcripts:
        raise InputError(f"{settings.corpus}: no readable transcript to index")
    folder = store.index_dir(settings.home, settings.corpus, encoder.model_id)
    bar = None

    def budget(total: int) -> None:
        if total == 0:
            return
        rate = measured_rate(encoder, [p.text for t in transcripts for p in t.passages])
        seconds = total / rate
        log.info("index build: %d texts to embed at %.0f texts/s, about %s", total, rate, _duration(seconds))
        if seconds > max_seconds:
            raise QuiditError(
                f"the index of {settings.corpus} needs {total:,} texts embedded, about {_duration(seconds)} here "
                f"({rate:.0f} texts/s); run `quidit index --corpus {settings.corpus}` first (it shows progress), "
                "or pass --allow-long-build")

    def tick(n: int, total: int) -> None:
        nonlocal bar
        if n == 0 and max_seconds is not None:
            budget(total)
        if not progress:
            return
        if bar is None:  # only once the build is accepted
            from tqdm import tqdm

            bar = tqdm(total=total, desc="embedding passages and sentences", unit="text", file=sys.stderr, leave=False)
        bar.update(n)

    try:
        report = store.build(folder, transcripts, encoder, chunking(settings),
                             progress=tick if progress or max_seconds is not None else None,
                             corpus_files=fingerprint or corpus_fingerprint(settings.corpus), rebuild=rebuild)
    finally:
        if bar is not None:
            bar.close()
    return report


def open_index(settings: Settings, encoder: Encoder | None = None, progress: bool = True,
               rebuild: bool = False, max_build_seconds: float | None = None) -> OpenedIndex:
    """Load the corpus's index, building it first when missing or stale.

    A damaged index is an error naming `quidit index --rebuild`; `rebuild` never reads the old index.
    An index of a newer quidit or another model is refused, never silently replaced.
    """
    encoder = encoder or load_encoder(settings.model)
    folder = store.index_dir(settings.home, settings.corpus, encoder.model_id)
    fingerprint = corpus_fingerprint(settings.corpus)
    reason = "--rebuild"
    if not rebuild:
        manifest = store.read_manifest(folder)
        if manifest is not None:
            manifest.refuse_other_encoder(str(folder), encoder.model_id, encoder.dim)
        reason = "no index yet" if manifest is None else manifest.stale_reason(chunking(settings), fingerprint)
    if reason:
        log.info("building the index of %s: %s", settings.corpus, reason)
    report = build_index(settings, encoder, progress, fingerprint, rebuild=rebuild,
                         max_seconds=max_build_seconds) if reason else None
    return OpenedIndex(Searcher(store.load(folder, encoder), encoder), report)
