"""The real test questions are also asked of their own document only (`--source`), so the report separates finding
the passage from finding the document among many."""
from fakes import FakeEncoder

from quidit.evals.run import evaluate
from quidit.index.service import open_index
from quidit.settings import Settings

A = "Jane Roe said the bridge repairs will cost two million euros next year.\n\nJane Roe added that the work starts in May.\n"
B = "John Doe said the bridge repairs, the bridge repairs and the bridge cost were discussed at length.\n"
QUESTION = {"id": "q1", "lang": "en", "question": "bridge repairs cost", "source": "a.txt", "speaker": "Jane Roe",
            "gold": ["the bridge repairs will cost two million euros"]}


def _searcher(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(A, encoding="utf-8")
    (corpus / "b.txt").write_text(B, encoding="utf-8")
    return open_index(Settings(corpus=corpus, home=tmp_path / "home"), FakeEncoder(), progress=False).searcher


def test_own_document_ranks_only_the_questions_document(tmp_path):
    searcher = _searcher(tmp_path)
    rep = evaluate(searcher, [QUESTION], ["bm25"], own_document=True)
    ranked = rep.runs[0].rankings["q1"]
    by_id = {p.id: p for p in searcher.passages}
    assert ranked and {by_id[i].source for i in ranked} == {"a.txt"}


def test_whole_corpus_ranks_every_document(tmp_path):
    searcher = _searcher(tmp_path)
    rep = evaluate(searcher, [QUESTION], ["bm25"])
    by_id = {p.id: p for p in searcher.passages}
    assert {by_id[i].source for i in rep.runs[0].rankings["q1"]} == {"a.txt", "b.txt"}
