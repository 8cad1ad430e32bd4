import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "cuf-2016-action-internationale-villes-latino-americaines.txt"
SECOND = REPO / "evals" / "data" / "table-ronde-2019-eau-villes-mediterraneennes.txt"


@pytest.fixture(autouse=True)
def quidit_home(tmp_path, monkeypatch):
    """Every test gets its own data root; nothing touches the user's."""
    home = tmp_path / "quidit-home"
    monkeypatch.setenv("QUIDIT_HOME", str(home))
    return home
