import os

import pytest
from paths import SECOND

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(autouse=True)
def quidit_home(tmp_path, monkeypatch):
    """Every test gets its own data root; nothing touches the user's."""
    home = tmp_path / "quidit-home"
    monkeypatch.setenv("QUIDIT_HOME", str(home))
    return home


@pytest.fixture
def corpus(tmp_path):
    """A corpus folder holding the second transcript (a reported-speech report)."""
    import shutil

    c = tmp_path / "corpus"
    c.mkdir()
    shutil.copy(SECOND, c / SECOND.name)
    return c


STORES = ["files", "milvus"]


def store_spec(kind, folder):
    """The files store, or Milvus Lite in a file of `folder` (the same client code as a Milvus server)."""
    from quidit.settings import StoreSpec

    return StoreSpec.parse("files" if kind == "files" else f"milvus:{folder}/milvus-test.db")


@pytest.fixture(params=STORES)
def store(request, tmp_path):
    """Each test that takes it runs against both stores."""
    return store_spec(request.param, tmp_path)


@pytest.fixture(scope="session", params=STORES)
def searcher(request, tmp_path_factory):
    """The second transcript indexed with the hand-checkable fake encoder, in each store (read-only: built once)."""
    import shutil

    from fakes import FakeEncoder

    from quidit.index.service import open_index
    from quidit.settings import Settings

    tmp = tmp_path_factory.mktemp(f"searcher-{request.param}")
    c = tmp / "corpus"
    c.mkdir()
    shutil.copy(SECOND, c / SECOND.name)
    return open_index(Settings(corpus=c, home=tmp / "home", chunk_size=400, chunk_overlap=50,
                               store=store_spec(request.param, tmp)), FakeEncoder(), progress=False).searcher
