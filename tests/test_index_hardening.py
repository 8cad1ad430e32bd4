"""Issue 12 (items 2, 3, 9): every broken index names a command that repairs it, that command works,
readers never see a half-swapped index, and a build cleans up after killed builds."""
import json
import multiprocessing
import threading
import time

import pytest
from fakes import FakeEncoder
from paths import SECOND
from typer.testing import CliRunner

from quidit.cli import app
from quidit.errors import IndexStoreError
from quidit.index import store
from quidit.index.service import open_index
from quidit.settings import Settings


@pytest.fixture
def settings(corpus, quidit_home):
    return Settings(corpus=corpus, home=quidit_home)  # the chunking `quidit` itself uses


@pytest.fixture
def built(settings):
    """An index built with the fake encoder; returns its folder."""
    open_index(settings, FakeEncoder(), progress=False)
    return store.index_dir(settings.home, settings.corpus, FakeEncoder.model_id)


@pytest.fixture
def cli(monkeypatch, corpus):
    """Run `quidit …` in-process with the fake encoder; returns (exit code, stderr)."""
    import quidit.index.service as service

    monkeypatch.setattr(service, "load_encoder", lambda spec: FakeEncoder())

    def run(*args):
        r = CliRunner().invoke(app, [*args, "--corpus", str(corpus)])
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        return r.exit_code, r.stderr

    return run


def _manifest(folder):
    (path,) = [p for p in folder.rglob("manifest.json") if ".tmp-" not in str(p)]
    return path


def _damage_manifest(folder, text):
    _manifest(folder).write_text(text, encoding="utf-8")


def _edit_manifest(folder, **changes):
    m = json.loads(_manifest(folder).read_text())
    m.update(changes)
    _manifest(folder).write_text(json.dumps(m))


def _truncate_vectors(folder):
    (path,) = [p for p in folder.rglob("vectors.faiss") if ".tmp-" not in str(p)]
    path.write_bytes(path.read_bytes()[:40])


DAMAGE = [
    pytest.param(lambda f: _damage_manifest(f, "{bad"), "manifest is corrupt", id="manifest-not-json"),
    pytest.param(lambda f: _damage_manifest(f, "[]"), "not a JSON object", id="manifest-list"),
    pytest.param(lambda f: _edit_manifest(f, files=[]), "field 'files'", id="manifest-files-list"),
    pytest.param(lambda f: _edit_manifest(f, encoder="x"), "field 'encoder'", id="manifest-encoder-string"),
    pytest.param(_truncate_vectors, "checksum mismatch", id="checksum"),
]


@pytest.mark.parametrize("damage,message", DAMAGE)
def test_broken_index_names_rebuild_and_rebuild_repairs_it(built, cli, damage, message):
    damage(built)
    code, err = cli("search", "eau")
    assert code == 1 and message in err and "quidit index --rebuild" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    code, err = cli("index", "--rebuild")
    assert code == 0, err
    code, err = cli("search", "eau")
    assert code == 0, err


def test_newer_format_is_refused_not_rebuilt(built, cli):
    _edit_manifest(built, format_version=store.FORMAT_VERSION + 1)
    code, err = cli("index")
    assert code == 1 and "built by a newer quidit" in err and err.count("\n") == 1
    assert json.loads(_manifest(built).read_text())["format_version"] == store.FORMAT_VERSION + 1


def test_stale_tmp_folders_of_killed_builds_are_removed(built, settings):
    dead = [built / ".tmp-999999", built.with_name(built.name + ".tmp-999998")]
    for d in dead:
        d.mkdir(parents=True)
        (d / "vectors.faiss").write_bytes(b"half")
    open_index(settings, FakeEncoder(), progress=False, rebuild=True)
    assert not any(d.exists() for d in dead)


def test_old_versions_are_removed_after_a_swap(built, settings):
    for _ in range(4):
        open_index(settings, FakeEncoder(), progress=False, rebuild=True)
    assert len([p for p in built.rglob("manifest.json")]) <= 2  # the current version and at most the previous one


def _rebuild_loop(folder, corpus, n):
    from quidit.ingest import ingest_file

    t = ingest_file(corpus / SECOND.name, 300, 40)
    for i in range(n):
        store.build(folder, [t], FakeEncoder(), {"size": 300, "round": i}, corpus_files={}, rebuild=True)


def test_readers_never_fail_while_index_rebuilds(built, corpus):
    """Threads load the index in a loop while another process rebuilds it again and again."""
    ctx = multiprocessing.get_context("fork")
    writer = ctx.Process(target=_rebuild_loop, args=(built, corpus, 12))
    failures, loads = [], [0]
    stop = threading.Event()

    def read():
        while not stop.is_set():
            try:
                assert store.load(built, FakeEncoder()).passages
                loads[0] += 1
            except Exception as e:  # any failure, not only IndexStoreError
                failures.append(repr(e))

    readers = [threading.Thread(target=read) for _ in range(3)]
    writer.start()
    for r in readers:
        r.start()
    writer.join(timeout=600)  # 5-30 s alone; minutes on a machine busy with other test runs
    stop.set()
    for r in readers:
        r.join()
    assert writer.exitcode == 0, f"the rebuilding process did not finish cleanly (exit code {writer.exitcode})"
    assert failures == [], failures[:3]
    assert loads[0] > 10


def test_reader_does_not_write(built):
    before = sorted(str(p) for p in built.parent.rglob("*"))
    store.load(built, FakeEncoder())
    with pytest.raises(IndexStoreError):
        store.load(built.with_name("missing"), FakeEncoder())
    time.sleep(0.01)
    assert sorted(str(p) for p in built.parent.rglob("*")) == before


@pytest.mark.parametrize("change,reason", [
    pytest.param({}, None, id="current"),
    pytest.param({"chunking": {"size": 1}}, "chunking changed", id="chunking"),
    pytest.param({"corpus_files": {"a.txt": "0"}}, "corpus changed", id="corpus"),
    pytest.param({"format_version": 1}, "older than", id="older-format"),
])
def test_manifest_knows_when_it_is_stale(change, reason):
    from dataclasses import replace

    from quidit.index.manifest import FORMAT_VERSION, EncoderInfo, Manifest

    current = Manifest(FORMAT_VERSION, EncoderInfo("m", 3), {"size": 300}, {"a.txt": "1"})
    got = replace(current, **change).stale_reason({"size": 300}, {"a.txt": "1"})
    assert got is None if reason is None else reason in got
