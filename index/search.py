"""Hybrid search: dense (FAISS) and French BM25 fused by RRF, speaker-aware."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from quidit.errors import InputError
from quidit.index.base import PassageFilter, Store
from quidit.index.encoders import Encoder
from quidit.ingest.names import HONORIFIC_RE, honorific_gender, mentioned, resolve
from quidit.ingest.records import Participant, Passage
from quidit.settings import Retriever

MAX_QUERY = 2000
MAX_K = 100
POOL = 50


@dataclass
class Hit:
    passage: Passage
    score: float
    rank: int
    retrievers: list[str]
    dense: float | None = None
    bm25: float | None = None


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    notices: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)  # speakers named in the question
    query_vector: np.ndarray | None = None  # reused to score sentences without encoding again


_SURROGATE = re.compile("[\ud800-\udfff]")  # lone halves: what a shell's invalid bytes (\xff) or bad JSON become


def clean_text(text: str) -> str:
    """The text without lone surrogates, which cannot be encoded (UTF-8 output, the encoder, JSON)."""
    return _SURROGATE.sub(" ", text)


def clean_query(query: str) -> tuple[str, list[str]]:
    q = clean_text(query or "").strip()
    if not q:
        raise InputError("empty question; type a question or some words to search for")
    if len(q) > MAX_QUERY:
        return q[:MAX_QUERY], [f"question truncated to {MAX_QUERY} characters"]
    return q, []


class Searcher:
    def __init__(self, stored: Store, encoder: Encoder | None) -> None:
        self.stored = stored
        self.encoder = encoder
        self.passages = stored.passages
        self._index_of = {p.id: i for i, p in enumerate(self.passages)}
        self.sources = sorted({p.source for p in self.passages})
        seen: dict[str, Participant] = {}
        for ps in stored.participants.values():
            for p in ps:
                seen.setdefault(p.name, p)
        self.participants = list(seen.values())
        self.speaking = sorted({p.speaker for p in self.passages if p.speaker})

    # --- speakers -------------------------------------------------------------------
    def resolve_speakers(self, names: list[str]) -> set[str]:
        out = set()
        for n in names:
            m = re.match(rf"^\s*({HONORIFIC_RE})\s+(.+)$", n)
            p = resolve(m.group(2), self.participants, honorific_gender(m.group(1))) if m else resolve(n, self.participants)
            if p is None:
                shown = n if len(n) <= 60 else n[:59] + "…"  # never echo a whole (hostile) input back
                known = ", ".join(self.speaking[:30]) + (f", … ({len(self.speaking)} in all)" if len(self.speaking) > 30 else "")
                raise InputError(f"unknown speaker {shown!r}; known speakers: {known}")
            out.add(p.name)
        return out

    def named_in(self, question: str, speaking_only: bool = True) -> list[str]:
        """Participants a question names ("Qu'a dit Madame Ponce…", "What did Salinas say…", "le modérateur"),
        found by the same resolver as ingest."""
        found = [p.name for p in mentioned(question, self.participants)]
        return [n for n in dict.fromkeys(found) if n in self.speaking or not speaking_only]

    # --- search ---------------------------------------------------------------------
    def encode_query(self, query: str) -> np.ndarray:
        if self.encoder is None:
            raise InputError("dense retrieval needs an encoder; use --retriever bm25 or load a model")
        return self.encoder.encode_queries([query])[0]

    def sentence_scores(self, qv: np.ndarray, passage_ids: list[str]) -> list[tuple[float, str, str]]:
        """(cosine, passage id, sentence text) for the stored sentences of these passages."""
        idx = [self._index_of[pid] for pid in dict.fromkeys(passage_ids) if pid in self._index_of]
        return [(sim, self.passages[pi].id, self.passages[pi].text[a:b]) for sim, pi, a, b in self.stored.sentence_scores(qv, idx)]

    def resolve_sources(self, sources: list[str]) -> set[str]:
        unknown = [s for s in sources if s not in self.sources]
        if unknown:
            raise InputError(f"unknown document {unknown[0]!r}; known documents: {', '.join(self.sources)}")
        return set(sources)

    def search(self, query: str, k: int = 5, speakers: list[str] | None = None, retriever: Retriever = Retriever.HYBRID,
               prefer_named: bool = True, sources: list[str] | None = None) -> SearchResult:
        """Top-k passages; `speakers` / `sources` restrict inside the store's engines, not after ranking."""
        retriever = Retriever.parse(retriever)
        if not 1 <= k <= MAX_K:
            raise InputError(f"k={k} is out of range; choose 1 to {MAX_K}")
        query, notices = clean_query(query)
        allowed = self.resolve_speakers(speakers) if speakers else None
        flt = PassageFilter(frozenset(allowed) if allowed else None,
                            frozenset(self.resolve_sources(sources)) if sources else None)
        preferred = [] if allowed or not prefer_named else self.named_in(query)
        qv = self.encode_query(query) if retriever in (Retriever.HYBRID, Retriever.DENSE) else None
        fused = self.stored.rank(qv, query, retriever, max(POOL, k), flt or None)
        if preferred:
            fused = [f for f in fused if self.passages[f.index].speaker in preferred] + \
                    [f for f in fused if self.passages[f.index].speaker not in preferred]
        hits = [Hit(self.passages[f.index], f.score, r, sorted(f.retrievers), f.dense, f.bm25)
                for r, f in enumerate(fused[:k], 1)]
        return SearchResult(query, hits, notices, preferred, qv)
