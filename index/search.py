"""Hybrid search: dense (FAISS) and French BM25 fused by RRF, speaker-aware."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from quidit.errors import InputError
from quidit.index.encoders import Encoder
from quidit.index.fusion import rrf
from quidit.index.store import StoredIndex
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


def clean_query(query: str) -> tuple[str, list[str]]:
    q = (query or "").strip()
    if not q:
        raise InputError("empty question; type a question or some words to search for")
    if len(q) > MAX_QUERY:
        return q[:MAX_QUERY], [f"question truncated to {MAX_QUERY} characters"]
    return q, []


class Searcher:
    def __init__(self, stored: StoredIndex, encoder: Encoder | None) -> None:
        self.stored = stored
        self.encoder = encoder
        self.passages = stored.passages
        seen: dict[str, Participant] = {}
        for ps in stored.participants.values():
            for p in ps:
                seen.setdefault(p.name, p)
        self.participants = list(seen.values())
        self.speaking = sorted({p.speaker for p in self.passages if p.speaker})
        sv = stored.sentence_vectors
        self._sentence_matrix = sv.reconstruct_n(0, sv.ntotal) if sv.ntotal else np.zeros((0, sv.d), np.float32)
        self._sentences_of: dict[str, list[int]] = {}
        for k, (pi, _, _) in enumerate(stored.sentences):
            self._sentences_of.setdefault(self.passages[pi].id, []).append(k)

    # --- speakers -------------------------------------------------------------------
    def resolve_speakers(self, names: list[str]) -> set[str]:
        out = set()
        for n in names:
            m = re.match(rf"^\s*({HONORIFIC_RE})\s+(.+)$", n)
            p = resolve(m.group(2), self.participants, honorific_gender(m.group(1))) if m else resolve(n, self.participants)
            if p is None:
                raise InputError(f"unknown speaker {n!r}; known speakers: {', '.join(self.speaking)}")
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

    def dense_scores(self, qv: np.ndarray) -> np.ndarray:
        n = self.stored.vectors.ntotal
        if n == 0:
            return np.zeros(0, np.float32)
        scores, ids = self.stored.vectors.search(qv[None, :], n)
        out = np.zeros(n, dtype=np.float32)
        out[ids[0]] = scores[0]
        return out

    def sentence_scores(self, qv: np.ndarray, passage_ids: list[str]) -> list[tuple[float, str, str]]:
        """(cosine, passage id, sentence text) for the stored sentences of these passages."""
        rows = [k for pid in dict.fromkeys(passage_ids) for k in self._sentences_of.get(pid, [])]
        if not rows:
            return []
        sims = self._sentence_matrix[rows] @ qv
        out = []
        for k, sim in zip(rows, sims):
            pi, a, b = self.stored.sentences[k]
            p = self.passages[pi]
            out.append((float(sim), p.id, p.text[a:b]))
        return out

    def search(self, query: str, k: int = 5, speakers: list[str] | None = None, retriever: Retriever = Retriever.HYBRID,
               prefer_named: bool = True) -> SearchResult:
        retriever = Retriever.parse(retriever)
        if not 1 <= k <= MAX_K:
            raise InputError(f"k={k} is out of range; choose 1 to {MAX_K}")
        query, notices = clean_query(query)
        allowed = self.resolve_speakers(speakers) if speakers else None
        preferred = [] if allowed or not prefer_named else self.named_in(query)
        keep = [i for i, p in enumerate(self.passages) if allowed is None or p.speaker in allowed]
        qv = self.encode_query(query) if retriever in ("hybrid", "dense") else None
        dense = self.dense_scores(qv) if retriever in ("hybrid", "dense") else None
        lex = self.stored.lexical.scores(query) if retriever in ("hybrid", "bm25") else None
        rankings: dict[str, list[int]] = {}
        if dense is not None:
            rankings["dense"] = sorted(keep, key=lambda i: -dense[i])[:POOL]
        if lex is not None:
            rankings["bm25"] = [i for i in sorted(keep, key=lambda i: -lex[i]) if lex[i] > 0][:POOL]
        if retriever == "hybrid":
            fused = rrf(rankings)
        else:
            name = retriever
            scores = dense if name == "dense" else lex
            fused = [(i, float(scores[i]), {name}) for i in rankings[name]]
        if preferred:
            fused = [f for f in fused if self.passages[f[0]].speaker in preferred] + \
                    [f for f in fused if self.passages[f[0]].speaker not in preferred]
        hits = [Hit(self.passages[i], float(s), r, sorted(found),
                    float(dense[i]) if dense is not None else None, float(lex[i]) if lex is not None else None)
                for r, (i, s, found) in enumerate(fused[:k], 1)]
        return SearchResult(query, hits, notices, preferred, qv)
