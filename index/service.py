"""Open a corpus for search: build or refresh its index when the corpus changed, then load it."""
from __future__ import annotations

import hashlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from quidit.errors import IndexStoreError, InputError
from quidit.index import store
from quidit.index.encoders import Encoder, load_encoder
from quidit.index.search import Searcher
from quidit.ingest.pipeline import corpus_files, ingest_corpus
from quidit.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class OpenedIndex:
    searcher: Searcher
    report: store.BuildReport | None  # None when the stored index was already current


def corpus_fingerprint(corpus: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus_files(corpus)}


def chunking(settings: Settings) -> dict:
    return {"size": settings.chunk_size, "overlap": settings.chunk_overlap, "splitter": "recursive-character-v1"}


def build_index(settings: Settings, encoder: Encoder, progress: bool = True,
                fingerprint: dict[str, str] | None = None) -> store.BuildReport:
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
                             extra={"corpus_files": fingerprint or corpus_fingerprint(settings.corpus)})
    finally:
        if bar is not None:
            bar.close()
    return report


def open_index(settings: Settings, encoder: Encoder | None = None, progress: bool = True,
               rebuild: bool = False) -> OpenedIndex:
    """Load the corpus's index, building it first when missing or stale."""
    encoder = encoder or load_encoder(settings.model)
    folder = store.index_dir(settings.home, settings.corpus, encoder.model_id)
    try:
        manifest = store.read_manifest(folder)
    except IndexStoreError:
        manifest = None
    fingerprint = corpus_fingerprint(settings.corpus)
    stale = (rebuild or manifest is None
             or manifest.get("corpus_files") != fingerprint
             or manifest.get("format_version") != store.FORMAT_VERSION
             or manifest.get("chunking") != chunking(settings)
             or manifest.get("encoder", {}).get("model_id") != encoder.model_id)
    report = build_index(settings, encoder, progress, fingerprint) if stale else None
    return OpenedIndex(Searcher(store.load(folder, encoder), encoder), report)
