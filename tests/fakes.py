"""A fake encoder whose vectors can be computed by hand: one dimension per keyword.

Passages get an extra constant 0.5 dimension (so none is a zero vector); queries do not,
so a question with no keyword scores 0 against everything."""
import numpy as np

from quidit.index.encoders import Calibration
from quidit.ingest.names import fold

KEYWORDS = ["budget", "violence", "gastronomie", "eau", "paris", "dessalement", "citoyens", "financement"]


class FakeEncoder:
    backend = "fake"
    model_id = "fake-keywords-v1"
    dim = len(KEYWORDS) + 1

    def __init__(self, abstain_below: float = 0.5):
        self.calls = 0  # passages embedded, to count re-embedding
        self.calibration = Calibration({}, abstain_below)

    def _vec(self, text, bias):
        t = fold(text)
        v = np.array([t.count(k) for k in KEYWORDS] + [bias], dtype=np.float32)
        return v / max(float(np.linalg.norm(v)), 1e-12)

    def encode_passages(self, texts):
        self.calls += len(texts)
        return np.vstack([self._vec(t, 0.5) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def encode_queries(self, texts):
        return np.vstack([self._vec(t, 0.0) for t in texts])
