"""Open a corpus for search: build or refresh its index when the corpus changed, then load it."""
from __future__ import annotations

import functools
import hashlib
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import quidit.ingest as ingest_package
from quidit.errors import InputError, QuiditError
from quidit.index import store
from quidit.index.base import Store
from quidit.index.embedding import Embedder
from quidit.index.encoders import Encoder, load_encoder
from quidit.index.manifest import INGEST_RULES
from quidit.index.search import Searcher
from quidit.ingest.pipeline import corpus_files, ingest_corpus, sidecars
from quidit.settings import Settings, StoreKind

log = logging.getLogger(__name__)


@dataclass
class OpenedIndex:
    searcher: Searcher
    report: store.BuildReport | None  # None when the stored index was already current


@functools.cache
def ingest_rules_hash() -> str:
    """SHA-256 of the ingest package's source: new attribution or cleaning rules change passages and speakers, so an
    index built by an older quidit is refreshed (unchanged passages keep their vectors) instead of serving old speakers.
    Read once per process: the installed sources do not change under it."""
    h = hashlib.sha256()
    root = Path(ingest_package.__file__).parent
    for f in sorted(root.rglob("*.py")):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def corpus_fingerprint(corpus: Path) -> dict[str, str]:
    """SHA-256 of every transcript and speaker-name sidecar: editing a sidecar re-indexes (only) its transcript's
    passages; and of quidit's reading rules (`ingest_rules_hash`)."""
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus_files(corpus) + sidecars(corpus)}
    return files | {INGEST_RULES: ingest_rules_hash()}


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


def _factory(encoder: Encoder):
    """How a worker process builds the same encoder: the encoder's own recipe, else its class (no arguments)."""
    return getattr(encoder, "factory", None) or type(encoder)


def build_index(settings: Settings, encoder: Encoder, progress: bool = True,
                fingerprint: dict[str, str] | None = None, rebuild: bool = False,
                max_seconds: float | None = None, client=None) -> store.BuildReport:
    """Ingest and index the corpus into the chosen store. With `max_seconds`, a build estimated to take longer
    (texts to embed divided by the measured rate) is refused before anything is written, naming `quidit index`."""
    transcripts, errors = ingest_corpus(settings.corpus, settings.chunk_size, settings.chunk_overlap, settings.max_chars)
    for line in errors:
        log.error(line)
    if not transcripts:
        raise InputError(f"{settings.corpus}: no readable transcript to index")
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
                f"({rate:.1f} texts/s); run `quidit index --corpus {settings.corpus}` first (it shows progress), "
                "or pass --allow-long-build")

    def tick(n: int, total: int) -> None:
        """n=0 announces the total (the budget may refuse); then a tqdm bar with texts/s and ETA."""
        nonlocal bar
        if n == 0 and max_seconds is not None:
            budget(total)
        if not progress:
            return
        if bar is None:  # only once the build is accepted
            from tqdm import tqdm

            bar = tqdm(total=total, desc="embedding passages and sentences", unit="text", file=sys.stderr, leave=False)
        bar.update(n)

    fingerprint = fingerprint or corpus_fingerprint(settings.corpus)
    hook = tick if progress or max_seconds is not None else None
    try:
        if settings.store.kind == StoreKind.FILES:
            folder = store.index_dir(settings.home, settings.corpus, encoder.model_id)
            return store.build(folder, transcripts, encoder, chunking(settings), progress=hook, corpus_files=fingerprint,
                               rebuild=rebuild, jobs=settings.jobs, factory=_factory(encoder))
        from quidit.index import milvus

        client = client or milvus.connect(settings.store)
        embedder = Embedder(encoder, jobs=settings.jobs, factory=_factory(encoder), progress=hook)
        return milvus.build(client, milvus.collection_base(settings.corpus, encoder.model_id), settings.store, transcripts,
                            encoder, chunking(settings), embedder, fingerprint, rebuild)
    finally:
        if bar is not None:
            bar.close()


def _read_manifest(settings: Settings, encoder: Encoder, client):
    if settings.store.kind == StoreKind.FILES:
        folder = store.index_dir(settings.home, settings.corpus, encoder.model_id)
        return str(folder), store.read_manifest(folder), store.REBUILD
    from quidit.index import milvus

    base = milvus.collection_base(settings.corpus, encoder.model_id)
    return f"{settings.store} collection {base}", milvus.read_manifest(client, base, settings.store), milvus.rebuild_hint(settings.store)


def load_store(settings: Settings, encoder: Encoder | None, model_id: str, client=None) -> Store:
    if settings.store.kind == StoreKind.FILES:
        return store.load(store.index_dir(settings.home, settings.corpus, model_id), encoder)
    from quidit.index import milvus

    client = client or milvus.connect(settings.store)
    return milvus.MilvusStore(client, milvus.collection_base(settings.corpus, model_id), settings.store, encoder)


def open_index(settings: Settings, encoder: Encoder | None = None, progress: bool = True,
               rebuild: bool = False, max_build_seconds: float | None = None) -> OpenedIndex:
    """Load the corpus's index from the chosen store, building it first when missing or stale.

    A damaged index is an error naming `quidit index --rebuild`; `rebuild` never reads the old index.
    An index of a newer quidit or another model is refused, never silently replaced.
    """
    client = None
    if settings.store.kind == StoreKind.MILVUS:  # an unreachable URI fails before any model loads
        from quidit.index import milvus

        client = milvus.connect(settings.store)
    encoder = encoder or load_encoder(settings.model)
    fingerprint = corpus_fingerprint(settings.corpus)
    reason = "--rebuild"
    if not rebuild:
        where, manifest, hint = _read_manifest(settings, encoder, client)
        if manifest is not None:
            manifest.refuse_other_encoder(where, encoder.model_id, encoder.dim, hint)
        reason = "no index yet" if manifest is None else manifest.stale_reason(chunking(settings), fingerprint)
    if reason:
        log.info("building the index of %s in %s: %s", settings.corpus, settings.store, reason)
    report = build_index(settings, encoder, progress, fingerprint, rebuild=rebuild, max_seconds=max_build_seconds,
                         client=client) if reason else None
    return OpenedIndex(Searcher(load_store(settings, encoder, encoder.model_id, client), encoder), report)
