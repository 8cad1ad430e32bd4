"""One explicit settings record, passed down; no globals."""
from __future__ import annotations

import os
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


@dataclass(frozen=True)
class Settings:
    corpus: Path = DEFAULT_CORPUS
    home: Path = field(default_factory=default_home)
    model: str = "e5-small"
    chunk_size: int = 1000
    chunk_overlap: int = 150
    retriever: Retriever = Retriever.HYBRID
    max_chars: int = MAX_TRANSCRIPT_CHARS  # per transcript; 0 = no limit
