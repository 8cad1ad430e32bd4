"""One explicit settings record, passed down; no globals."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path


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


@dataclass(frozen=True)
class Settings:
    corpus: Path = DEFAULT_CORPUS
    home: Path = field(default_factory=default_home)
    model: str = "e5-small"
    chunk_size: int = 1000
    chunk_overlap: int = 150
    retriever: str = "hybrid"
