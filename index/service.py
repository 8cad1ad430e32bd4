"""Open a corpus for search: build or refresh its index when the corpus changed, then load it."""
from __future__ import annotations

import hashlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from quidit.errors import InputError
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


def build_index(settings: Settings, encoder: Encoder, progress: bool = True,
                fingerprint: dict[str, str] | None = None, rebuild: bool = False) -> store.BuildReport:
    transcripts, errors = ingest_corpus(settings.corpus, settings.chunk_size, settings.chunk_overlap)
    for line in errors:
        log.error(line)
    if not transcripts:
        raise InputError(f"{settings.corpus}: no readable transcript to index")
    folder = store.index_dir(settings.home, settings.corpus, encoder.model_id)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=None, desc="embedding passages and sentences", unit="text", file=sys.stderr, leave=False)

    def tick(n: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
            bar.refresh()
        bar.update(n)

    try:
        report = store.build(folder, transcripts, encoder, chunking(settings), progress=tick if bar is not None else None,
                             corpus_files=fingerprint or corpus_fingerprint(settings.corpus), rebuild=rebuild)
    finally:
        if bar is not None:
            bar.close()
    return report


def open_index(settings: Settings, encoder: Encoder | None = None, progress: bool = True,
               rebuild: bool = False) -> OpenedIndex:
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
    report = build_index(settings, encoder, progress, fingerprint, rebuild=rebuild) if reason else None
    return OpenedIndex(Searcher(store.load(folder, encoder), encoder), report)
