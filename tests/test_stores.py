"""The Milvus store's own contract, resumable and parallel embedding (issue 13)."""
import time

import numpy as np
import pytest
from conftest import store_spec
from fakes import FakeEncoder
from paths import SECOND
from typer.testing import CliRunner

from quidit.cli import app
from quidit.errors import IndexStoreError, InputError
from quidit.index import embedding, milvus, store
from quidit.index.service import open_index
from quidit.settings import Settings, StoreSpec


def _settings(corpus, home, store=None, **kw):
    return Settings(**({"corpus": corpus, "home": home, "chunk_size": 300, "chunk_overlap": 40, "store": store or StoreSpec()} | kw))


def test_unreachable_milvus_is_one_line_exit_2_within_10_s(corpus):
    t = time.perf_counter()
    r = CliRunner().invoke(app, ["search", "eau", "--corpus", str(corpus), "--store", "http://127.0.0.1:9"])
    assert r.exit_code == 2 and time.perf_counter() - t < 10
    assert r.stderr.count("\n") == 1 and "http://127.0.0.1:9" in r.stderr and "--store files" in r.stderr


@pytest.mark.parametrize("value", ["milvus:index", "mongodb://x", "milvus"])
def test_unknown_store_lists_choices(value):
    with pytest.raises(InputError, match="choose one of: files, milvus:PATH.db"):
        StoreSpec.parse(value)


def test_store_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QUIDIT_STORE", f"milvus:{tmp_path}/x.db")
    assert Settings().store == StoreSpec.parse(f"milvus:{tmp_path}/x.db")


class OtherModel(FakeEncoder):
    model_id = "another-model"


def test_milvus_collection_of_another_model_is_refused(corpus, quidit_home, tmp_path):
    spec = store_spec("milvus", tmp_path)
    open_index(_settings(corpus, quidit_home, spec), FakeEncoder(), progress=False)
    base = milvus.collection_base(corpus, FakeEncoder.model_id)
    with pytest.raises(IndexStoreError, match=f"built with {FakeEncoder.model_id}.*not another-model.*--rebuild"):
        milvus.MilvusStore(milvus.connect(spec), base, spec, OtherModel())


def test_milvus_refresh_is_idempotent_and_writes_only_changes(corpus, quidit_home, tmp_path):
    spec = store_spec("milvus", tmp_path)
    st = _settings(corpus, quidit_home, spec)
    first = open_index(st, FakeEncoder(), progress=False)
    n = len(first.searcher.passages)
    assert first.report.embedded == n and open_index(st, FakeEncoder(), progress=False).report is None
    f = corpus / SECOND.name
    f.write_text(f.read_text(encoding="utf-8").replace("Pour conclure, la modératrice", "Pour finir, la modératrice"), encoding="utf-8")
    again = open_index(st, FakeEncoder(), progress=False)
    assert again.report.embedded == 1 and again.report.reused == n - 1
    client = milvus.connect(spec)
    base = milvus.collection_base(corpus, FakeEncoder.model_id)
    assert client.query(f"{base}_p", filter="", output_fields=["count(*)"])[0]["count(*)"] == n  # the old row is gone
    assert any("Pour finir" in p.text for p in again.searcher.passages)
    changed = open_index(_settings(corpus, quidit_home, spec, chunk_overlap=60), FakeEncoder(), progress=False)
    assert changed.report.rebuilt  # a chunking change rebuilds the collections


class Crash(FakeEncoder):
    """Dies on its third batch, like a killed build."""

    def __init__(self):
        super().__init__()
        self.batches = 0

    def encode_passages(self, texts):
        self.batches += 1
        if self.batches == 3:
            raise KeyboardInterrupt
        return super().encode_passages(texts)


def test_interrupted_build_resumes_from_last_batch(corpus, quidit_home, monkeypatch):
    monkeypatch.setattr(embedding, "BATCH", 8)
    st = _settings(corpus, quidit_home, jobs=1)
    with pytest.raises(KeyboardInterrupt):
        open_index(st, Crash(), progress=False)
    folder = store.index_dir(quidit_home, corpus, FakeEncoder.model_id)
    assert len(list((folder / store.EMBED_CACHE).glob("batch-*.json"))) == 2 and store.current_version(folder) is None
    enc = FakeEncoder()
    done = open_index(st, enc, progress=False)
    ps = done.searcher.passages
    distinct = {store.embed_text(p) for p in ps} | {ps[i].text[a:b] for i, a, b in done.searcher.stored.sentences}
    assert enc.calls == len(distinct) - 16  # the two completed batches were not embedded again
    assert not (folder / store.EMBED_CACHE).exists()


def test_two_jobs_embed_the_same_vectors_as_one(corpus, quidit_home, monkeypatch):
    monkeypatch.setattr(embedding, "BATCH", 8)
    monkeypatch.setattr(embedding, "MIN_BATCHES_PER_JOB", 1)
    one = open_index(_settings(corpus, quidit_home, jobs=1), FakeEncoder(), progress=False).searcher.stored
    two = open_index(_settings(corpus, quidit_home, jobs=2), FakeEncoder(), progress=False, rebuild=True)
    assert two.report.embedded == len(one.passages)
    a = one.vectors.reconstruct_n(0, one.vectors.ntotal)
    b = two.searcher.stored.vectors.reconstruct_n(0, one.vectors.ntotal)
    assert np.allclose(a, b)


def test_synthetic_archive_renames_speakers_and_shuffles_turns(tmp_path):
    from quidit.evals import archive
    from quidit.ingest import ingest_file

    paths = archive.make_archive(len(archive.source_transcripts()) + 1, tmp_path)
    first, again = paths[0], paths[len(archive.source_transcripts())]  # made from the same source
    source = archive.source_transcripts()[0]
    original = {p.name for p in ingest_file(source).participants}
    renamed = {p.name for p in ingest_file(first).participants}
    assert not (original & renamed)
    assert first.read_text(encoding="utf-8") != again.read_text(encoding="utf-8")
    assert sorted(first.read_text(encoding="utf-8")) != sorted(source.read_text(encoding="utf-8"))


@pytest.mark.parametrize("query", ["dessalement", "Youssef Benali Maroc", "coopération méditerranéenne face à la sécheresse"],
                         ids=["one-word", "names", "common-words"])
def test_milvus_bm25_scores_on_the_file_store_scale(corpus, quidit_home, tmp_path, query):
    """Abstention reads the top BM25 score with a calibration fitted on the file store: Milvus' must be comparable."""
    files = open_index(_settings(corpus, quidit_home), FakeEncoder(), progress=False).searcher
    mil = open_index(_settings(corpus, quidit_home, store_spec("milvus", tmp_path)), FakeEncoder(), progress=False).searcher
    a, b = files.search(query, k=3).bm25_top, mil.search(query, k=3).bm25_top
    assert a > 0 and 0.8 <= b / a <= 1.25


def test_new_reading_rules_refresh_the_index_and_reuse_its_vectors(store, corpus, quidit_home, monkeypatch):
    """An index built by a quidit with other ingest rules is refreshed (speakers may have changed); passages whose
    text is unchanged keep their vectors."""
    from quidit.index import service

    st = _settings(corpus, quidit_home, store)
    first = open_index(st, FakeEncoder(), progress=False)
    assert open_index(st, FakeEncoder(), progress=False).report is None
    monkeypatch.setattr(service, "ingest_rules_hash", lambda: "other rules")
    again = open_index(st, FakeEncoder(), progress=False)
    assert again.report is not None and again.report.embedded == 0 and again.report.reused == len(first.searcher.passages)
