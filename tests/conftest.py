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
def searcher(tmp_path, quidit_home):
    """The second transcript indexed with the hand-checkable fake encoder."""
    import shutil

    from fakes import FakeEncoder

    from quidit.index.service import open_index
    from quidit.settings import Settings

    c = tmp_path / "corpus"
    c.mkdir()
    shutil.copy(SECOND, c / SECOND.name)
    return open_index(Settings(corpus=c, home=quidit_home, chunk_size=400, chunk_overlap=50), FakeEncoder(),
                      progress=False).searcher
