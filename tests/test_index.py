import json
import multiprocessing
import os
import shutil
import signal
import time

import numpy as np
import pytest
from fakes import FakeEncoder
from paths import SECOND

from quidit.errors import IndexStoreError, InputError
from quidit.index import store
from quidit.index.fusion import rrf, score_fusion
from quidit.index.lexical import Lexical
from quidit.index.service import open_index
from quidit.ingest import ingest_file
from quidit.settings import Settings


def test_fake_encoder_is_hand_checkable():
    e = FakeEncoder()
    v = e.encode_queries(["budget budget eau"])[0]
    # counts (2, 0, 0, 1, 0, 0, 0, 0, bias 0) -> norm sqrt(5)
    assert v[0] == pytest.approx(2 / 5 ** 0.5) and v[3] == pytest.approx(1 / 5 ** 0.5) and v[-1] == 0
    p = e.encode_passages(["eau"])[0]  # (0, 0, 0, 1, ..., 0.5) / sqrt(1.25)
    assert float(p @ v) == pytest.approx((1 / 5 ** 0.5) * (1 / 1.25 ** 0.5))


def test_rrf_on_paper():
    fused = rrf({"dense": [1, 2, 3], "bm25": [3, 1]}, k=60)
    # doc1: 1/61 + 1/62 ; doc3: 1/63 + 1/61 ; doc2: 1/62
    assert [d for d, _, _ in fused] == [1, 3, 2]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[2][2] == {"dense"}


def test_weighted_rrf_on_paper():
    # bm25 votes count 0.5 for doc 3 and not at all for doc 1 (weights per doc index)
    fused = rrf({"dense": [1, 2, 3], "bm25": [3, 1]}, k=60, weights={"bm25": [1.0, 0.0, 1.0, 0.5]})
    assert [d for d, _, _ in fused] == [3, 1, 2]
    assert fused[0][1] == pytest.approx(1 / 63 + 0.5 / 61)
    assert fused[1][2] == {"dense"}


@pytest.mark.parametrize("weight,order", [(1.0, [1, 2, 4, 3]), (3.0, [4, 1, 3, 2])], ids=["dense-leads", "bm25-leads"])
def test_score_fusion_on_paper(weight, order):
    # dense z-scores: doc1 +1.2247, doc2 0, doc3 -1.2247 (mean 0.8, sd 0.0816); doc4, found by BM25 only, takes
    # the dense floor (0.7, z -1.2247); BM25 / best: doc4 1.0, doc3 0.5, times the weight
    fused = score_fusion([(1, 0.9), (2, 0.8), (3, 0.7)], [(4, 10.0), (3, 5.0)], weight)
    assert [d for d, _, _ in fused] == order
    assert dict((d, s) for d, s, _ in fused)[4] == pytest.approx(-1.5 ** 0.5 + weight)


@pytest.mark.parametrize("bonus,first", [(0.5, 1), (3.0, 3)], ids=["small-lift-keeps-order", "large-lift-wins"])
def test_score_fusion_bonus_lifts_a_passage(bonus, first):
    # z-scores 1.2247 / 0 / -1.2247: doc3 + bonus passes doc1 only when the bonus exceeds 2.45
    fused = score_fusion([(1, 0.9), (2, 0.8), (3, 0.7)], [], 0.0, {3: bonus})
    assert fused[0][0] == first


def test_bm25_query_ignores_question_words():
    lex = Lexical.build(["Le maire a parlé longuement des travaux.", "Le budget des écoles augmente.", "La séance est levée."])
    assert [d for d, _ in lex.top("Qui a parlé du budget ?", 3)] == [1]


def _settings(corpus, home, store=None):
    return Settings(corpus=corpus, home=home, chunk_size=300, chunk_overlap=40, **({"store": store} if store else {}))


def test_build_search_and_speaker_filter(corpus, quidit_home, store):
    opened = open_index(_settings(corpus, quidit_home, store), FakeEncoder(), progress=False)
    s = opened.searcher
    res = s.search("le dessalement et son coût", k=3)
    assert res.hits and "dessalement" in res.hits[0].passage.text
    assert set(res.hits[0].retrievers) <= {"dense", "bm25"}
    only = s.search("eau", k=10, speakers=["Madame Martin"])
    assert only.hits and {h.passage.speaker for h in only.hits} == {"Claire Martin"}
    only = s.search("eau", k=10, speakers=["Monsieur Martin"])
    assert {h.passage.speaker for h in only.hits} == {"Pierre Martin"}
    named = s.search("Qu'a dit Monsieur Benali sur le dessalement ?", k=3)
    assert named.preferred == ["Youssef Benali"] and named.hits[0].passage.speaker == "Youssef Benali"
    mod = s.search("What did the moderator say?", k=2)
    assert mod.hits[0].passage.speaker == "Sophie Lemaire"
    for r in ("dense", "bm25"):
        assert s.search("dessalement", k=2, retriever=r).hits[0].retrievers == [r]


def test_bad_queries(corpus, quidit_home, store):
    s = open_index(_settings(corpus, quidit_home, store), FakeEncoder(), progress=False).searcher
    with pytest.raises(InputError, match="empty question"):
        s.search("   ")
    with pytest.raises(InputError, match="out of range"):
        s.search("eau", k=0)
    with pytest.raises(InputError, match="known speakers: .*Claire Martin"):
        s.search("eau", speakers=["Dupont"])
    with pytest.raises(InputError, match="choose one of: hybrid, dense, bm25"):
        s.search("eau", retriever="sparse")
    res = s.search("eau " * 2000)
    assert res.notices == ["question truncated to 2000 characters"] and len(res.query) == 2000


def test_incremental_refresh_reembeds_only_changed(corpus, quidit_home):
    enc = FakeEncoder()
    st = _settings(corpus, quidit_home)
    first = open_index(st, enc, progress=False)
    n = len(first.searcher.passages)
    ps = first.searcher.passages
    unique = {store.embed_text(p) for p in ps} | {ps[i].text[a:b] for i, a, b in first.searcher.stored.sentences}
    assert first.report.embedded == n and enc.calls == len(unique)  # each distinct text embedded once
    calls = enc.calls
    again = open_index(st, enc, progress=False)
    assert again.report is None and enc.calls == calls
    f = corpus / SECOND.name
    f.write_text(f.read_text(encoding="utf-8").replace("Pour conclure, la modératrice", "Pour finir, la modératrice"), encoding="utf-8")
    third = open_index(st, enc, progress=False)
    # one passage and the one sentence in it that changed
    assert third.report.embedded == 1 and third.report.reused == n - 1 and enc.calls == calls + 2
    changed = open_index(Settings(corpus=corpus, home=quidit_home, chunk_size=500, chunk_overlap=40), enc, progress=False)
    assert changed.report.rebuilt and changed.report.embedded == len(changed.searcher.passages)


def _slow_build(folder, corpus):
    class Slow(FakeEncoder):
        def encode_passages(self, texts):
            time.sleep(0.2)
            return super().encode_passages(texts)

    t = ingest_file(corpus / SECOND.name, 100, 10)
    store.build(folder, [t], Slow(), {"size": 100})


def test_kill_during_write_keeps_old_index_and_lock_fails_fast(corpus, quidit_home):
    st = _settings(corpus, quidit_home)
    open_index(st, FakeEncoder(), progress=False)
    folder = store.index_dir(quidit_home, corpus, FakeEncoder.model_id)
    before = (store.current_version(folder) / "manifest.json").read_text()
    ctx = multiprocessing.get_context("fork")
    p = ctx.Process(target=_slow_build, args=(folder, corpus))
    p.start()
    time.sleep(0.5)
    with pytest.raises(IndexStoreError, match="another quidit process is writing"):
        store.build(folder, [ingest_file(corpus / SECOND.name)], FakeEncoder(), {"size": 1})
    os.kill(p.pid, signal.SIGKILL)
    p.join()
    assert (store.current_version(folder) / "manifest.json").read_text() == before
    assert store.load(folder, FakeEncoder()).passages


def test_version_not_named_by_the_pointer_is_ignored(corpus, quidit_home):
    """A build killed after renaming its version folder but before replacing CURRENT changes nothing."""
    open_index(_settings(corpus, quidit_home), FakeEncoder(), progress=False)
    folder = store.index_dir(quidit_home, corpus, FakeEncoder.model_id)
    live = store.current_version(folder)
    orphan = folder / f"v-{time.time_ns()}-1"
    orphan.mkdir()
    (orphan / "manifest.json").write_text("{half")
    assert store.load(folder, FakeEncoder()).folder == live


@pytest.mark.parametrize("damage,message", [
    (lambda f: (f / "vectors.faiss").unlink(), "missing"),
    (lambda f: (f / "vectors.faiss").write_bytes((f / "vectors.faiss").read_bytes()[:40]), "checksum mismatch"),
    (lambda f: (f / "passages.jsonl").write_text("{}"), "checksum mismatch"),
    (lambda f: (f / "manifest.json").write_text("{not json"), "manifest is corrupt"),
    (lambda f: _edit_manifest(f, format_version=99), "built by a newer quidit"),
    (lambda f: _edit_manifest(f, encoder={"model_id": "other", "dim": 3, "backend": "x"}), "built with other"),
])
def test_corruption_gives_one_line_error(corpus, quidit_home, damage, message):
    open_index(_settings(corpus, quidit_home), FakeEncoder(), progress=False)
    folder = store.index_dir(quidit_home, corpus, FakeEncoder.model_id)
    damage(store.current_version(folder))
    with pytest.raises(IndexStoreError, match=message) as e:
        store.load(folder, FakeEncoder())
    assert "quidit index" in str(e.value) or "upgrade" in str(e.value)
    assert "\n" not in str(e.value)


def _edit_manifest(folder, **changes):
    m = json.loads((folder / "manifest.json").read_text())
    m.update(changes)
    (folder / "manifest.json").write_text(json.dumps(m))


def test_no_pickle_in_index_files(corpus, quidit_home):
    open_index(_settings(corpus, quidit_home), FakeEncoder(), progress=False)
    folder = store.index_dir(quidit_home, corpus, FakeEncoder.model_id)
    for npy in folder.rglob("*.npy"):
        np.load(npy, allow_pickle=False)
    names = {p.name for p in folder.rglob("*") if p.is_file()}
    assert {"manifest.json", "passages.jsonl", "participants.json", "vectors.faiss", "params.index.json"} <= names


def test_unknown_model():
    from quidit.index.encoders import load_encoder

    with pytest.raises(InputError, match="choose one of: e5-small, minilm"):
        load_encoder("gpt-9")


def test_progress_bar_build(corpus, quidit_home, capsys):
    opened = open_index(_settings(corpus, quidit_home), FakeEncoder(), progress=True)
    assert opened.report.embedded == len(opened.searcher.passages)
    assert "embedding passages and sentences" in capsys.readouterr().err


def test_source_filter_restricts_inside_the_engines(corpus, quidit_home, store):
    from paths import THIRD

    shutil.copy(THIRD, corpus / THIRD.name)
    s = open_index(_settings(corpus, quidit_home, store), FakeEncoder(), progress=False).searcher
    for r in ("hybrid", "dense", "bm25"):
        res = s.search("eau mobilité vélo", k=10, sources=[THIRD.name], retriever=r)
        assert res.hits and {h.passage.source for h in res.hits} == {THIRD.name}
    with pytest.raises(InputError, match=f"unknown document 'x.txt'; known documents: .*{SECOND.name}"):
        s.search("eau", sources=["x.txt"])


def test_hnsw_index_above_the_threshold_ranks_like_exact(corpus, quidit_home, monkeypatch):
    exact = open_index(_settings(corpus, quidit_home), FakeEncoder(), progress=False).searcher
    monkeypatch.setattr(store, "HNSW_ABOVE", 0)
    monkeypatch.setattr(store, "EXACT_SUBSET", 0)  # the speaker filter goes through the HNSW ID selector too
    graph = open_index(_settings(corpus, quidit_home), FakeEncoder(), progress=False, rebuild=True).searcher
    assert isinstance(graph.stored.vectors, store.faiss.IndexHNSW) and not isinstance(exact.stored.vectors, store.faiss.IndexHNSW)
    for q in ("dessalement", "budget de l'eau", "financement des citoyens"):
        a = [h.passage.id for h in exact.search(q, k=3, retriever="dense").hits]
        b = [h.passage.id for h in graph.search(q, k=3, retriever="dense").hits]
        assert a[0] == b[0]
    only = graph.search("eau", k=10, speakers=["Madame Martin"], retriever="dense")
    assert only.hits and {h.passage.speaker for h in only.hits} == {"Claire Martin"}


def test_a_short_passage_loses_to_a_full_one(tmp_path, quidit_home, monkeypatch):
    """Paper: both passages hold "budget" once, so both have cosine 1/sqrt(1.25) with "budget" and dense z-score 0;
    BM25 prefers the short one (best match: + BM25_WEIGHT 2.4), the full one gets 2.4 x its share (> 0). With fewer
    than SHORT_WORDS words the short one ends at 2.4 - SHORT_PENALTY 3 = -0.6 and comes second."""
    from quidit.index import search

    c = tmp_path / "c"
    c.mkdir()
    (c / "notes.txt").write_text("Jane Roe: Budget.\n\n"
                                 "John Doe: The budget of the schools will grow next year because the city "
                                 "hires more teachers and opens two new classes in the north.\n", encoding="utf-8")
    first = {}
    for penalty in (0.0, search.SHORT_PENALTY):
        monkeypatch.setattr(search, "SHORT_PENALTY", penalty)
        s = open_index(_settings(c, quidit_home), FakeEncoder(), progress=False).searcher
        first[penalty] = s.search("budget", k=2).hits[0].passage.speaker
    assert first == {0.0: "Jane Roe", search.SHORT_PENALTY: "John Doe"}
