"""A transcript whose text holds a Unicode line separator inside a sentence (NEL U+0085, as a Windows-1252 PDF
export leaves it, or U+2028): the index writes it inside a JSON string, and reading the index back must not cut the
JSON line there (`str.splitlines` does; the store splits on "\\n" only)."""
from __future__ import annotations

from fakes import FakeEncoder

from quidit.index import store
from quidit.index.service import open_index
from quidit.settings import Settings

TEXT = """Sesión plenaria

PRESIDENTE:
Tiene la palabra la señora Barkos.

Barkos Berruezo, Uxue:
Gracias, presidente.\x85 Empezaré por expresar mis condolencias\u2028 a las familias de las víctimas.
"""


def test_an_index_whose_passages_hold_nel_and_u2028_reads_back(tmp_path, quidit_home):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "diario.txt").write_text(TEXT, encoding="utf-8")
    settings = Settings(corpus=corpus, home=quidit_home)
    open_index(settings, FakeEncoder(), progress=False)
    folder = store.index_dir(settings.home, settings.corpus, FakeEncoder.model_id)
    loaded = store.load(folder, FakeEncoder())
    assert any("condolencias\u2028 a las familias" in p.text for p in loaded.passages)
