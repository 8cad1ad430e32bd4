"""A fake encoder whose vectors can be computed by hand: one dimension per keyword."""
import numpy as np

from ingest.names import fold

KEYWORDS = ["budget", "violence", "gastronomie", "eau", "paris", "dessalement", "citoyens", "financement"]


class FakeEncoder:
    backend = "fake"
    model_id = "fake-keywords-v1"
    dim = len(KEYWORDS) + 1

    def __init__(self):
        self.calls = 0  # passages embedded, to count re-embedding

    def _vec(self, text):
        t = fold(text)
        v = np.array([t.count(k) for k in KEYWORDS] + [0.5], dtype=np.float32)
        return v / np.linalg.norm(v)

    def encode_passages(self, texts):
        self.calls += len(texts)
        return np.vstack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def encode_queries(self, texts):
        return np.vstack([self._vec(t) for t in texts])
