"""One explicit settings record, passed down; no globals."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path

from quidit.errors import InputError


def bundled_corpus() -> Path:
    """The bundled report: package data of `quidit.corpus` (the repo's `corpus/` folder in an editable install)."""
    return Path(str(resources.files("quidit.corpus")))


DEFAULT_CORPUS = bundled_corpus()


def default_home() -> Path:
    """QUIDIT_HOME, else the per-user data folder (XDG on Linux)."""
    env = os.environ.get("QUIDIT_HOME")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "quidit"


class Retriever(StrEnum):
    """How passages are ranked: fused dense + BM25 (default), or either alone."""

    HYBRID = "hybrid"
    DENSE = "dense"
    BM25 = "bm25"

    @classmethod
    def parse(cls, value: str) -> "Retriever":
        try:
            return cls(value)
        except ValueError:
            raise InputError(f"unknown retriever {value!r}; choose one of: {', '.join(cls)}") from None


# One transcript's text above this is refused (override: `quidit --max-chars N`, 0 for no limit). 3 million
# characters is about 1,500 report pages, ~3,500 passages and ~9,000 texts to embed: minutes, not hours.
MAX_TRANSCRIPT_CHARS = 3_000_000


class StoreKind(StrEnum):
    FILES = "files"
    MILVUS = "milvus"


STORE_CHOICES = "files, milvus:PATH.db (Milvus Lite), http://HOST:19530 (Milvus server)"


@dataclass(frozen=True)
class StoreSpec:
    """Where the index lives: `files` (FAISS + bm25s folder under QUIDIT_HOME, the default), `milvus:PATH.db`
    (Milvus Lite, embedded) or `http(s)://HOST:PORT` (a Milvus standalone or cluster)."""

    kind: StoreKind = StoreKind.FILES
    uri: str = ""  # Milvus: an absolute .db path or an http(s) URI

    @classmethod
    def parse(cls, value: str | None) -> "StoreSpec":
        v = (value or "files").strip()
        if v == "files":
            return cls()
        if v.startswith("milvus:"):
            path = v[len("milvus:"):]
            if not path.endswith(".db") or path == ".db":
                raise InputError(f"store {value!r}: Milvus Lite needs a file ending in .db; choose one of: {STORE_CHOICES}")
            return cls(StoreKind.MILVUS, str(Path(path).expanduser().resolve()))
        if re.fullmatch(r"https?://[\w.\-\[\]:]+/?", v):
            return cls(StoreKind.MILVUS, v.rstrip("/"))
        raise InputError(f"unknown store {value!r}; choose one of: {STORE_CHOICES}")

    def __str__(self) -> str:
        if self.kind == StoreKind.FILES:
            return "files"
        return self.uri if self.uri.startswith(("http://", "https://")) else f"milvus:{self.uri}"


def default_store() -> StoreSpec:
    """QUIDIT_STORE, else the files store."""
    return StoreSpec.parse(os.environ.get("QUIDIT_STORE") or "files")


@dataclass(frozen=True)
class Settings:
    corpus: Path = DEFAULT_CORPUS
    home: Path = field(default_factory=default_home)
    model: str = "e5-small"
    chunk_size: int = 1000
    chunk_overlap: int = 150
    retriever: Retriever = Retriever.HYBRID
    max_chars: int = MAX_TRANSCRIPT_CHARS  # per transcript; 0 = no limit
    store: StoreSpec = field(default_factory=default_store)
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)  # embedding worker processes
