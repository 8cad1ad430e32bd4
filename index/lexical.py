"""French BM25 (bm25s + Snowball French stemmer), accent-folded, stop words removed."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

from quidit.ingest.lexicon import QUESTION_WORDS
from quidit.ingest.names import fold

_EXTRA_STOP = {
    "a", "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils",
    "la", "le", "les", "leur", "leurs", "lui", "mais", "meme", "ne", "nous", "on", "ou", "par", "pas", "pour", "qu",
    "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous", "d", "l", "c", "s", "n", "j", "m", "y",
    "ete", "etre", "fait", "plus", "tres", "aussi", "comme", "donc", "ainsi", "dont", "tout", "tous", "cela",
    "monsieur", "madame", "m", "mme", "quel", "quelle", "quels", "quelles", "dit", "a-t-il",
}
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("french")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_FRENCH

    return frozenset(fold(w) for w in STOPWORDS_FRENCH) | _EXTRA_STOP


@lru_cache(maxsize=1)
def question_stopwords() -> frozenset[str]:
    """English and Spanish function words, dropped from queries only: "the", "what", "did", "del" would
    otherwise match every English or Spanish document of a mixed corpus (the index keeps French stop words
    out already; queries in three languages need the other two lists as well), and the question words of
    the lexicon ("combien", "said", "dijo")."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_SPANISH

    return frozenset(fold(w) for w in (*STOPWORDS_EN_PLUS, *STOPWORDS_SPANISH)) | QUESTION_WORDS


def tokenize(text: str) -> list[str]:
    words = [w for w in _WORD.findall(fold(text)) if w not in stopwords() and (len(w) > 1 or w.isdigit())]
    return _stemmer().stemWords(words)


@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    return stopwords() | question_stopwords()


def content_words(text: str) -> list[str]:
    """Stemmed words of three letters or more, without the stop words and question words of all three languages."""
    drop = _all_stopwords()
    return _stemmer().stemWords([w for w in _WORD.findall(fold(text)) if len(w) > 2 and w not in drop])


class Lexical:
    def __init__(self, model: bm25s.BM25) -> None:
        self.model = model
        self.vocab = model.vocab_dict

    @classmethod
    def build(cls, texts: list[str]) -> "Lexical":
        m = bm25s.BM25(k1=1.2, b=0.75)
        toks = [tokenize(t) or ["∅"] for t in texts]
        m.index(toks, show_progress=False)
        return cls(m)

    def save(self, folder: Path) -> None:
        self.model.save(str(folder), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> "Lexical":
        return cls(bm25s.BM25.load(str(folder), allow_pickle=False))

    def top(self, query: str, k: int, weight_mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(document, score) of the best `k` documents with a positive score; `weight_mask` (0/1 per document)
        filters inside bm25s' retrieval."""
        query = " ".join(w for w in _WORD.findall(query) if fold(w.lower()) not in question_stopwords())
        toks = [t for t in tokenize(query) if t in self.vocab]
        n = self.model.scores["num_docs"]
        if not toks or n == 0:
            return []
        docs, scores = self.model.retrieve([toks], k=min(k, n), weight_mask=weight_mask, show_progress=False, n_threads=0)  # 0: inline, no thread pool per query
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
