"""What every search store offers the Searcher: ranked passages (dense, BM25 or fused), with the speaker
and document filters applied inside the engine, and the stored sentence vectors of given passages."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from quidit.index.manifest import Manifest
from quidit.ingest.records import Participant, Passage
from quidit.settings import Retriever


@dataclass(frozen=True)
class PassageFilter:
    """Only passages by these speakers and/or from these source documents (None: no restriction)."""

    speakers: frozenset[str] | None = None
    sources: frozenset[str] | None = None

    def allows(self, p: Passage) -> bool:
        return (self.speakers is None or p.speaker in self.speakers) and (self.sources is None or p.source in self.sources)

    def __bool__(self) -> bool:
        return self.speakers is not None or self.sources is not None


@dataclass
class Ranked:
    index: int  # position in the store's `passages`
    score: float
    retrievers: set[str] = field(default_factory=set)
    dense: float | None = None
    bm25: float | None = None


class Store(Protocol):
    kind: str  # "files" | "milvus"
    location: str  # folder or URI + collection, for messages
    manifest: Manifest
    passages: list[Passage]
    participants: dict[str, list[Participant]]  # by source

    def rank(self, qv: np.ndarray | None, query: str, retriever: Retriever, pool: int,
             flt: PassageFilter | None) -> list[Ranked]:
        """At most `pool` passages, best first; `qv` is None unless the retriever is dense or hybrid."""
        ...

    def passage_vectors(self) -> np.ndarray:
        """The dense vectors of all passages, one row per passage in `passages` order."""
        ...

    def sentence_scores(self, qv: np.ndarray, passage_indices: list[int]) -> list[tuple[float, int, int, int]]:
        """(cosine with `qv`, passage index, start, end) of the stored sentences of these passages, in passage order."""
        ...
