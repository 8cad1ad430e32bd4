"""The `files` store: FAISS vectors, JSONL passages, BM25 arrays, participants and a manifest, as plain files.

Layout of an index folder: immutable version folders `v-<ns>-<pid>/` and one pointer file `CURRENT` naming
the live one. A build writes `.tmp-<pid>/`, renames it to a new version, then replaces `CURRENT` with
`os.replace` (one atomic step for readers) and removes older versions. Readers only read: they never
repair or rename, and retry when the pointer moved under them. A lock file makes a second writer fail
fast. Every file's SHA-256 is in the manifest and checked before FAISS reads anything.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import faiss
import numpy as np

from quidit.errors import IndexStoreError
from quidit.index.base import PassageFilter, Ranked
from quidit.index.embedding import Embedder
from quidit.index.encoders import Encoder
from quidit.index.fusion import rrf
from quidit.index.lexical import Lexical
from quidit.index.manifest import FORMAT_VERSION, REBUILD, EncoderInfo, Manifest
from quidit.ingest.pipeline import Transcript
from quidit.ingest.records import Participant, Passage
from quidit.ingest.sentences import split_spans
from quidit.settings import Retriever

FILES = ("manifest.json", "passages.jsonl", "sentences.jsonl", "participants.json", "vectors.faiss", "sentences.faiss", "bm25")
POINTER = "CURRENT"  # names the live version folder; replaced in one os.replace
HNSW_ABOVE = 100_000  # passages; up to here exact IndexFlatIP stays under ~100 ms p95 (`python -m quidit.evals.bench --archive`, README)
HNSW_M = 32
HNSW_EF_SEARCH = 128
EXACT_SUBSET = 20_000  # a filter leaving at most this many passages is scored exactly
EMBED_CACHE = ".embed-cache"  # completed batches of an unfinished build
KEEP_VERSIONS = 2  # the live version and the one before it (a reader that just read the old pointer finishes)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def embed_text(p: Passage) -> str:
    """What the encoders and BM25 see: the speaker's name helps every retriever a little."""
    return f"{p.speaker} : {p.text}" if p.speaker else p.text


def text_hash(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:24]


def index_dir(home: Path, corpus: Path, model_id: str) -> Path:
    """One index per corpus folder and encoder, so switching models does not rebuild the other's."""
    corpus = corpus.resolve()
    key = hashlib.sha1(str(corpus).encode()).hexdigest()[:10]
    model = re.sub(r"[^\w.-]+", "-", model_id.rsplit("/", 1)[-1])[:40].strip("-")
    mkey = hashlib.sha1(model_id.encode()).hexdigest()[:6]
    return home / "indexes" / f"{corpus.name or 'corpus'}-{key}" / f"{model}-{mkey}"


__all__ = ["FORMAT_VERSION", "REBUILD", "Manifest", "StoredIndex", "BuildReport", "build", "load", "read_manifest", "index_dir"]


@dataclass
class StoredIndex:
    """The `files` store, loaded: passages and participants in memory, FAISS and bm25s do the top-k."""

    folder: Path  # the version folder it was read from
    manifest: Manifest
    passages: list[Passage]
    participants: dict[str, list[Participant]]  # by source
    vectors: faiss.Index
    lexical: Lexical
    sentences: list[tuple[int, int, int]]  # (passage index, start, end) within the passage text
    sentence_vectors: faiss.Index
    kind: str = "files"

    def __post_init__(self) -> None:
        self.location = str(self.folder)
        self._speaker = np.array([p.speaker or "" for p in self.passages], dtype=object)
        self._source = np.array([p.source for p in self.passages], dtype=object)
        self._sentences_of: dict[int, list[int]] = {}
        for k, (pi, _, _) in enumerate(self.sentences):
            self._sentences_of.setdefault(pi, []).append(k)

    # --- search ---------------------------------------------------------------------
    def _mask(self, flt: PassageFilter | None) -> np.ndarray | None:
        if not flt:
            return None
        mask = np.ones(len(self.passages), dtype=bool)
        if flt.speakers is not None:
            mask &= np.isin(self._speaker, list(flt.speakers))
        if flt.sources is not None:
            mask &= np.isin(self._source, list(flt.sources))
        return mask

    def dense_top(self, qv: np.ndarray, pool: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        """FAISS top-`pool`: the filter is an ID selector inside the search (exact scan of the subset when it is
        small, where a graph index would walk past most allowed passages)."""
        n = self.vectors.ntotal
        if n == 0:
            return []
        q = np.ascontiguousarray(qv[None, :], dtype=np.float32)
        hnsw = isinstance(self.vectors, faiss.IndexHNSW)
        if mask is None:
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, pool)) if hnsw else None
            scores, ids = self.vectors.search(q, min(pool, n), params=params)
        else:
            allowed = np.flatnonzero(mask).astype(np.int64)
            if not len(allowed):
                return []
            if hnsw and len(allowed) <= EXACT_SUBSET:
                sims = self.vectors.reconstruct_batch(allowed) @ qv
                top = np.argpartition(-sims, min(pool, len(sims)) - 1)[:pool]
                top = top[np.argsort(-sims[top], kind="stable")]
                return [(int(allowed[i]), float(sims[i])) for i in top]
            sel = faiss.IDSelectorBatch(allowed)
            params = (faiss.SearchParametersHNSW(sel=sel, efSearch=max(HNSW_EF_SEARCH, pool)) if hnsw
                      else faiss.SearchParameters(sel=sel))
            scores, ids = self.vectors.search(q, min(pool, len(allowed)), params=params)
        return [(int(i), float(s)) for s, i in zip(scores[0], ids[0]) if i >= 0]

    def bm25_top(self, query: str, pool: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        """bm25s top-`pool` with the filter as its weight mask; passages sharing no query term are left out."""
        return self.lexical.top(query, pool, None if mask is None else mask.astype(np.float32))

    def rank(self, qv: np.ndarray | None, query: str, retriever: Retriever, pool: int,
             flt: PassageFilter | None) -> list[Ranked]:
        mask = self._mask(flt)
        lists: dict[str, list[tuple[int, float]]] = {}
        if retriever in (Retriever.HYBRID, Retriever.DENSE):
            lists["dense"] = self.dense_top(qv, pool, mask)
        if retriever in (Retriever.HYBRID, Retriever.BM25):
            lists["bm25"] = self.bm25_top(query, pool, mask)
        scores = {name: dict(lst) for name, lst in lists.items()}
        if retriever == Retriever.HYBRID:
            fused = rrf({name: [i for i, _ in lst] for name, lst in lists.items()})
        else:
            fused = [(i, s, {str(retriever)}) for i, s in lists[str(retriever)]]
        return [Ranked(i, s, found, scores.get("dense", {}).get(i), scores.get("bm25", {}).get(i)) for i, s, found in fused]

    def passage_vectors(self) -> np.ndarray:
        return self.vectors.reconstruct_n(0, self.vectors.ntotal)

    def sentence_scores(self, qv: np.ndarray, passage_indices: list[int]) -> list[tuple[float, int, int, int]]:
        rows = [k for pi in passage_indices for k in self._sentences_of.get(pi, [])]
        if not rows:
            return []
        sims = self.sentence_vectors.reconstruct_batch(np.array(rows, dtype=np.int64)) @ qv
        return [(float(sim), *self.sentences[k]) for k, sim in zip(rows, sims)]


@dataclass
class BuildReport:
    passages: int
    embedded: int  # passages whose text had to be embedded (the rest reused their stored vectors)
    reused: int
    rebuilt: bool
    seconds: dict[str, float] = field(default_factory=dict)  # embedding time by kind: passages, sentences


@contextmanager
def write_lock(folder: Path):
    folder.parent.mkdir(parents=True, exist_ok=True)
    lock = folder.parent / f"{folder.name}.lock"
    fd = os.open(lock, os.O_CREAT | os.O_RDWR)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexStoreError(f"{folder}: another quidit process is writing this index; wait for it to finish") from None
        yield
    finally:
        os.close(fd)


# --- reading (never writes) -------------------------------------------------------------
def current_version(folder: Path) -> Path | None:
    """The live version folder named by CURRENT, or None when no index was ever completed here."""
    ptr = folder / POINTER
    try:
        name = ptr.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        raise IndexStoreError(f"{ptr}: index pointer is unreadable; {REBUILD}") from None
    if not re.fullmatch(r"v-\d+-\d+", name):
        raise IndexStoreError(f"{ptr}: index pointer is corrupt; {REBUILD}")
    return folder / name


def _read_manifest_at(version: Path) -> Manifest:
    path = version / "manifest.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise IndexStoreError(f"{path}: missing from the index; {REBUILD}") from None
    except (OSError, UnicodeDecodeError):
        raise IndexStoreError(f"{path}: manifest is corrupt (unreadable); {REBUILD}") from None
    return Manifest.from_json(text, str(path))


def read_manifest(folder: Path) -> Manifest | None:
    """The live version's manifest; None when there is no index; IndexStoreError when it is damaged."""
    for _ in range(5):
        version = current_version(folder)
        if version is None:
            return None
        try:
            return _read_manifest_at(version)
        except IndexStoreError:
            if current_version(folder) == version:
                raise
    raise IndexStoreError(f"{folder}: the index kept changing while being read; try again")


def check(version: Path, manifest: Manifest, encoder: Encoder | None) -> None:
    """Raise a one-line error for every way a version folder can be unusable."""
    if encoder is not None:
        manifest.refuse_other_encoder(str(version), encoder.model_id, encoder.dim)
    for name, digest in manifest.files.items():
        path = version / name
        if not path.is_file():
            raise IndexStoreError(f"{path}: missing from the index; {REBUILD}")
        if sha256_file(path) != digest:
            raise IndexStoreError(f"{path}: checksum mismatch (truncated or modified); {REBUILD}")
    for name in FILES:
        if not (version / name).exists():
            raise IndexStoreError(f"{version / name}: missing from the index; {REBUILD}")


def _load_version(version: Path, encoder: Encoder | None) -> StoredIndex:
    manifest = _read_manifest_at(version)
    check(version, manifest, encoder)
    try:
        # (lines are split on "\n" only: `splitlines` would also cut at a NEL or U+2028 inside a passage's text)
        passages = [Passage.from_dict(json.loads(line)) for line in
                    (version / "passages.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
        raw = json.loads((version / "participants.json").read_text(encoding="utf-8"))
        participants = {src: [Participant(**p) for p in ps] for src, ps in raw.items()}
        vectors = faiss.read_index(str(version / "vectors.faiss"))
        sentences = [tuple(json.loads(line)) for line in
                     (version / "sentences.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
        svectors = faiss.read_index(str(version / "sentences.faiss"))
        lexical = Lexical.load(version / "bm25")
    except (ValueError, TypeError, KeyError, RuntimeError) as e:  # checksums matched, so a bug or a foreign writer
        raise IndexStoreError(f"{version}: unreadable index ({type(e).__name__}); {REBUILD}") from None
    dim = manifest.encoder.dim
    if vectors.ntotal != len(passages) or svectors.ntotal != len(sentences) or {vectors.d, svectors.d} != {dim}:
        raise IndexStoreError(f"{version}: vectors and passages disagree; {REBUILD}")
    return StoredIndex(version, manifest, passages, participants, vectors, lexical, sentences, svectors)


# CPython 3.11 may raise "SystemError: AST constructor recursion depth mismatch" when threads build ASTs at the same
# time (python/cpython#106905), and numpy parses every .npy header with ast.literal_eval: a process reads one index at
# a time (a chat serving requests in threads while the index is refreshed, say). Loading is rare; the lock costs nothing.
_READING = threading.Lock()


def load(folder: Path, encoder: Encoder | None) -> StoredIndex:
    """Load the live version. If a writer swapped versions while we read (files vanished), read the new one."""
    for _ in range(5):
        version = current_version(folder)
        if version is None:
            raise IndexStoreError(f"{folder}: no index here; run `quidit index` to build it")
        try:
            with _READING:
                return _load_version(version, encoder)
        except (IndexStoreError, OSError) as e:
            if current_version(folder) != version:
                continue  # the pointer moved: our version was replaced and removed under us
            if isinstance(e, IndexStoreError):
                raise
            raise IndexStoreError(f"{version}: unreadable index ({type(e).__name__}); {REBUILD}") from None
    raise IndexStoreError(f"{folder}: the index kept changing while being read; try again")


# --- writing (under the lock) -------------------------------------------------------------
def _old_vectors(folder: Path, encoder: Encoder, chunking: dict) -> dict[str, np.ndarray]:
    """Vectors of the live index by embedded-text hash, when it is readable and model and chunking still match."""
    try:
        old = load(folder, encoder)
    except IndexStoreError:
        return {}
    if not old.manifest.reusable_for(encoder.model_id, chunking):
        return {}
    out = {}
    mat = old.vectors.reconstruct_n(0, old.vectors.ntotal)
    for i, p in enumerate(old.passages):
        out[text_hash(embed_text(p))] = mat[i]
    smat = old.sentence_vectors.reconstruct_n(0, old.sentence_vectors.ntotal)
    for i, (pi, a, b) in enumerate(old.sentences):
        out[text_hash(old.passages[pi].text[a:b])] = smat[i]
    return out


def vector_index(vecs: np.ndarray, dim: int, hnsw_above: int | None = None) -> faiss.Index:
    """Exact inner product up to `hnsw_above` vectors, an HNSW graph (approximate, recall measured by the bench) above."""
    if len(vecs) > (HNSW_ABOVE if hnsw_above is None else hnsw_above):
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vecs):
        index.add(np.ascontiguousarray(vecs, dtype=np.float32))
    return index


def _remove_stale(folder: Path, keep: set[str]) -> None:
    """Under the lock: remove build folders of killed builds, versions older than the previous one,
    and the files of the format-2 layout (files directly in the folder, `.old`/`.tmp-` siblings)."""
    for p in folder.parent.glob(f"{glob_escape(folder.name)}.tmp-*"):
        shutil.rmtree(p, ignore_errors=True)
    shutil.rmtree(folder.with_name(folder.name + ".old"), ignore_errors=True)
    if not folder.is_dir():
        return
    versions = sorted((p for p in folder.glob("v-*") if p.is_dir()), key=lambda p: int(p.name.split("-")[1]))
    for p in versions[:-KEEP_VERSIONS]:
        if p.name not in keep:
            shutil.rmtree(p, ignore_errors=True)
    for p in folder.glob(".tmp-*"):
        shutil.rmtree(p, ignore_errors=True)
    for name in FILES:  # format 2 kept the files at the top of the folder
        p = folder / name
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _write_version(tmp: Path, transcripts: list[Transcript], passages: list[Passage], texts: list[str],
                   sentences: list[tuple[int, int, int]], vecs: np.ndarray, svecs: np.ndarray, manifest: Manifest) -> Manifest:
    tmp.mkdir(parents=True)
    with open(tmp / "passages.jsonl", "w", encoding="utf-8") as f:
        for p in passages:
            f.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    with open(tmp / "sentences.jsonl", "w", encoding="utf-8") as f:
        for row in sentences:
            f.write(json.dumps(row) + "\n")
    (tmp / "participants.json").write_text(json.dumps(
        {t.source: [p.to_dict() for p in t.participants] for t in transcripts}, ensure_ascii=False), encoding="utf-8")
    faiss.write_index(vector_index(vecs, manifest.encoder.dim), str(tmp / "vectors.faiss"))
    faiss.write_index(vector_index(svecs, manifest.encoder.dim, hnsw_above=len(svecs)), str(tmp / "sentences.faiss"))  # read by id only
    Lexical.build(texts).save(tmp / "bm25")
    files = {str(p.relative_to(tmp)): sha256_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()}
    manifest = Manifest(manifest.format_version, manifest.encoder, manifest.chunking, manifest.corpus_files, files)
    (tmp / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    for p in tmp.rglob("*"):  # on disk before the pointer names it
        if p.is_file():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
    return manifest


def _swap(folder: Path, tmp: Path) -> Path:
    """Make `tmp` the live version: rename it to an immutable version name, then replace the pointer."""
    version = folder / f"v-{time.time_ns()}-{os.getpid()}"
    tmp.rename(version)
    ptr_tmp = folder / f".tmp-{os.getpid()}-{POINTER}"
    with open(ptr_tmp, "w", encoding="utf-8") as f:
        f.write(version.name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(ptr_tmp, folder / POINTER)
    dfd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)
    return version


def build(folder: Path, transcripts: list[Transcript], encoder: Encoder, chunking: dict, progress=None,
          corpus_files: dict[str, str] | None = None, rebuild: bool = False, jobs: int = 1,
          factory: Callable[[], Encoder] | None = None) -> BuildReport:
    """Write a new version of the index; unless `rebuild`, texts whose vectors are in the live version are reused.

    `rebuild` never reads the live version (it may be the broken thing being replaced). New texts are embedded
    in batches (on `jobs` processes, each building its encoder with `factory`); completed batches are kept in
    `.embed-cache/` until the new version is live, so a killed build resumes. `progress(n, total)` is called
    once with n=0 before embedding (it may raise to stop), then as batches are embedded.
    """
    with write_lock(folder):
        folder.mkdir(parents=True, exist_ok=True)
        live = None if rebuild else current_version(folder)
        _remove_stale(folder, keep={live.name} if live else set())
        old = {} if rebuild else _old_vectors(folder, encoder, chunking)
        reusable = bool(old)
        passages = [p for t in transcripts for p in t.passages]
        texts = [embed_text(p) for p in passages]
        sentences = [(i, a, b) for i, p in enumerate(passages) for a, b in passage_sentences(p.text)]
        sentence_texts = [passages[i].text[a:b] for i, a, b in sentences]
        embedder = Embedder(encoder, old, jobs, factory, folder / EMBED_CACHE, progress)
        total = embedder.plan(texts + sentence_texts, text_hash)
        if progress:  # the total before any work: a caller may refuse a build that would take too long
            progress(0, total)
        vecs = embedder(texts, text_hash, "passages")
        embedded = embedder.embedded
        svecs = embedder(sentence_texts, text_hash, "sentences")
        tmp = folder / f".tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        manifest = Manifest(FORMAT_VERSION, EncoderInfo(encoder.model_id, encoder.dim), chunking,
                            corpus_files or {})
        _write_version(tmp, transcripts, passages, texts, sentences, vecs, svecs, manifest)
        version = _swap(folder, tmp)
        embedder.clear_cache()
        _remove_stale(folder, keep={version.name})
        return BuildReport(len(passages), embedded, len(passages) - embedded, not reusable, embedder.seconds)


def passage_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans inside a passage, the units an answer quotes (very short ones are skipped)."""
    spans = [(a, b) for a, b in split_spans(text) if b - a > 20]
    return spans or [(0, len(text))]
