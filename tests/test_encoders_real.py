"""The real bundled models (integration)."""
import numpy as np

from quidit.index.encoders import E5Encoder, SentenceTransformerEncoder, load_encoder, minilm_path


def _check(enc):
    p = enc.encode_passages(["Montevideo est presque autosuffisante, 90% de son budget vient de ressources propres.",
                             "La violence à Medellin dans les années 1990."])
    q = enc.encode_queries(["Quelle part du budget de Montevideo ?"])
    assert p.shape == (2, enc.dim) and q.shape == (1, enc.dim)
    assert np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-3)
    assert (p @ q[0])[0] > (p @ q[0])[1]


def test_e5_small_default():
    enc = load_encoder("e5-small")
    assert isinstance(enc, E5Encoder) and enc.dim == 384
    _check(enc)


def test_minilm_sentence_transformers_offline():
    enc = load_encoder("minilm")
    assert isinstance(enc, SentenceTransformerEncoder) and enc.model_id == minilm_path()
    _check(enc)


def test_e5_fallback_to_minilm(monkeypatch, caplog):
    import quidit.index.encoders as encoders

    def broken(self):
        raise OSError("no engine for this platform")

    monkeypatch.setattr(encoders.E5Encoder, "__init__", broken)
    monkeypatch.setattr(encoders, "_warned", set())
    enc = load_encoder("e5-small")
    assert isinstance(enc, SentenceTransformerEncoder)
    assert "using MiniLM" in caplog.text
