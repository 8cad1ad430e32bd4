"""When quidit abstains in a corpus of several documents, the closest passages it shows say which document each
comes from, as the answers' source lines do."""
from types import SimpleNamespace

from quidit.chat.answer import Kind, Question, render_abstention
from quidit.index.search import Hit
from quidit.ingest.records import Passage


def hit(source, speaker):
    return Hit(Passage("p-" + source, source, speaker, None, None, 3, 0, 4, "Text"), 0.5, 1, ["dense"])


QUESTION = Question("Who won the 2018 World Cup?", "en", Kind.WHAT, "Who won the 2018 World Cup?")


def test_several_documents_name_the_document():
    searcher = SimpleNamespace(sources=["a.txt", "b.txt"], participants=[])
    out = render_abstention(QUESTION, [hit("b.txt", None), hit("a.txt", "Jane Roe")], searcher)
    assert "[1] narration — b.txt, p. 3" in out and "[2] Jane Roe — a.txt, p. 3" in out


def test_one_document_names_the_speaker_only():
    searcher = SimpleNamespace(sources=["a.txt"], participants=[])
    out = render_abstention(QUESTION, [hit("a.txt", "Jane Roe")], searcher)
    assert "[1] Jane Roe, p. 3" in out and "a.txt" not in out
