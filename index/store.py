"""The index folder: FAISS vectors, JSONL passages, BM25 arrays, participants, manifest.

Written to a temporary folder and renamed into place, so a crash leaves the previous
index loadable; a lock file makes a second writer fail fast. Every file's SHA-256 is
in the manifest and checked before FAISS reads anything.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from quidit.errors import IndexStoreError
from quidit.index.encoders import Encoder
from quidit.index.lexical import Lexical
from quidit.ingest.pipeline import Transcript
from quidit.ingest.records import Participant, Passage
from quidit.ingest.sentences import split_spans

FORMAT_VERSION = 2
FILES = ("passages.jsonl", "sentences.jsonl", "participants.json", "vectors.faiss", "sentences.faiss", "bm25")
REBUILD = "run `quidit index` to rebuild it"


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


@dataclass
class StoredIndex:
    folder: Path
    manifest: dict
    passages: list[Passage]
    participants: dict[str, list[Participant]]  # by source
    vectors: faiss.Index
    lexical: Lexical
    sentences: list[tuple[int, int, int]]  # (passage index, start, end) within the passage text
    sentence_vectors: faiss.Index


@dataclass
class BuildReport:
    passages: int
    embedded: int
    reused: int
    rebuilt: bool


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


def _recover(folder: Path) -> None:
    """A crash between the two renames leaves only `<folder>.old`: put it back."""
    old = folder.with_name(folder.name + ".old")
    if not folder.exists() and old.exists():
        old.rename(folder)


def read_manifest(folder: Path) -> dict | None:
    _recover(folder)
    path = folder / "manifest.json"
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise IndexStoreError(f"{path}: manifest is corrupt; {REBUILD}") from None


def passage_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans inside a passage, the units an answer quotes (very short ones are skipped)."""
    spans = [(a, b) for a, b in split_spans(text) if b - a > 20]
    return spans or [(0, len(text))]


def _old_vectors(folder: Path, manifest: dict | None, encoder: Encoder) -> dict[str, np.ndarray]:
    """Vectors of the previous index by embedded-text hash, when model and dimension still match."""
    if not manifest or manifest.get("encoder", {}).get("model_id") != encoder.model_id:
        return {}
    try:
        old = load(folder, encoder)
    except IndexStoreError:
        return {}
    out = {}
    mat = old.vectors.reconstruct_n(0, old.vectors.ntotal)
    for i, p in enumerate(old.passages):
        out[text_hash(embed_text(p))] = mat[i]
    smat = old.sentence_vectors.reconstruct_n(0, old.sentence_vectors.ntotal)
    for i, (pi, a, b) in enumerate(old.sentences):
        out[text_hash(old.passages[pi].text[a:b])] = smat[i]
    return out


def _embed(texts: list[str], old: dict[str, np.ndarray], encoder: Encoder, progress, total: int) -> tuple[np.ndarray, int]:
    """Vectors for `texts`, reusing `old` by text hash and embedding each new text once."""
    hashes = [text_hash(t) for t in texts]
    first: dict[str, str] = {}
    for h, t in zip(hashes, texts):
        if h not in old:
            first.setdefault(h, t)
    todo = list(first)
    for s in range(0, len(todo), 16):
        chunk = todo[s:s + 16]
        for h, v in zip(chunk, encoder.encode_passages([first[h] for h in chunk])):
            old[h] = v
        if progress:
            progress(len(chunk), total)
    vecs = np.zeros((len(texts), encoder.dim), dtype=np.float32)
    for i, h in enumerate(hashes):
        vecs[i] = old[h]
    return vecs, len(todo)


def _flat(vecs: np.ndarray, dim: int) -> faiss.Index:
    flat = faiss.IndexFlatIP(dim)
    if len(vecs):
        flat.add(vecs)
    return flat


def build(folder: Path, transcripts: list[Transcript], encoder: Encoder, chunking: dict, progress=None,
          extra: dict | None = None) -> BuildReport:
    """Write (or refresh) the index; only passages and sentences whose text changed are embedded again.

    `progress(n, total)` is called as batches of new texts are embedded; `extra` goes into the manifest
    (the service records each source file's SHA-256 there as `corpus_files`).
    """
    with write_lock(folder):
        manifest = read_manifest(folder)
        same_chunking = manifest is not None and manifest.get("chunking") == chunking
        old = _old_vectors(folder, manifest, encoder) if same_chunking else {}
        passages = [p for t in transcripts for p in t.passages]
        texts = [embed_text(p) for p in passages]
        sentences = [(i, a, b) for i, p in enumerate(passages) for a, b in passage_sentences(p.text)]
        sentence_texts = [passages[i].text[a:b] for i, a, b in sentences]
        total = len({text_hash(t) for t in texts + sentence_texts} - set(old))
        vecs, embedded = _embed(texts, old, encoder, progress, total)
        svecs, _ = _embed(sentence_texts, old, encoder, progress, total)
        tmp = folder.with_name(folder.name + f".tmp-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        with open(tmp / "passages.jsonl", "w", encoding="utf-8") as f:
            for p in passages:
                f.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
        with open(tmp / "sentences.jsonl", "w", encoding="utf-8") as f:
            for row in sentences:
                f.write(json.dumps(row) + "\n")
        (tmp / "participants.json").write_text(json.dumps(
            {t.source: [p.to_dict() for p in t.participants] for t in transcripts}, ensure_ascii=False), encoding="utf-8")
        faiss.write_index(_flat(vecs, encoder.dim), str(tmp / "vectors.faiss"))
        faiss.write_index(_flat(svecs, encoder.dim), str(tmp / "sentences.faiss"))
        Lexical.build(texts).save(tmp / "bm25")
        files = {str(p.relative_to(tmp)): sha256_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()}
        new_manifest = {
            "format_version": FORMAT_VERSION,
            "encoder": {"backend": encoder.backend, "model_id": encoder.model_id, "dim": encoder.dim},
            "chunking": chunking,
            "passages": {p.id: text_hash(t) for p, t in zip(passages, texts)},
            "files": files,
            "count": len(passages),
        } | (extra or {})
        (tmp / "manifest.json").write_text(json.dumps(new_manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        old_dir = folder.with_name(folder.name + ".old")
        shutil.rmtree(old_dir, ignore_errors=True)
        if folder.exists():
            folder.rename(old_dir)
        tmp.rename(folder)
        shutil.rmtree(old_dir, ignore_errors=True)
        return BuildReport(len(passages), embedded, len(passages) - embedded, not same_chunking)


def check(folder: Path, manifest: dict, encoder: Encoder | None) -> None:
    """Raise a one-line error for every way the folder can be unusable."""
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise IndexStoreError(f"{folder}: index format {version} is newer than this quidit ({FORMAT_VERSION}); upgrade quidit or {REBUILD}")
    enc = manifest.get("encoder", {})
    if encoder is not None and (enc.get("model_id") != encoder.model_id or enc.get("dim") != encoder.dim):
        raise IndexStoreError(f"{folder}: built with {enc.get('model_id')} (dim {enc.get('dim')}), "
                              f"not {encoder.model_id} (dim {encoder.dim}); {REBUILD}")
    for name, digest in manifest.get("files", {}).items():
        path = folder / name
        if not path.is_file():
            raise IndexStoreError(f"{path}: missing from the index; {REBUILD}")
        if sha256_file(path) != digest:
            raise IndexStoreError(f"{path}: checksum mismatch (truncated or modified); {REBUILD}")
    for name in FILES:
        if not (folder / name).exists():
            raise IndexStoreError(f"{folder / name}: missing from the index; {REBUILD}")


def load(folder: Path, encoder: Encoder | None) -> StoredIndex:
    manifest = read_manifest(folder)
    if manifest is None:
        raise IndexStoreError(f"{folder}: no index here; {REBUILD}")
    check(folder, manifest, encoder)
    passages = [Passage.from_dict(json.loads(line)) for line in
                (folder / "passages.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    raw = json.loads((folder / "participants.json").read_text(encoding="utf-8"))
    participants = {src: [Participant(**p) for p in ps] for src, ps in raw.items()}
    vectors = faiss.read_index(str(folder / "vectors.faiss"))
    sentences = [tuple(json.loads(line)) for line in
                 (folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    svectors = faiss.read_index(str(folder / "sentences.faiss"))
    dim = manifest["encoder"]["dim"]
    if vectors.ntotal != len(passages) or svectors.ntotal != len(sentences) or {vectors.d, svectors.d} != {dim}:
        raise IndexStoreError(f"{folder}: vectors and passages disagree; {REBUILD}")
    return StoredIndex(folder, manifest, passages, participants, vectors, Lexical.load(folder / "bm25"),
                       sentences, svectors)
