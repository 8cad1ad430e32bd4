"""Where a gold label lands when quidit's splitter cuts inside its first words (a hard-wrapped line)."""
from types import SimpleNamespace

from quidit.evals.attribution import labelled_sentence

TEXT = "Alexey: Thanks! I started in 2005. Fast\nforward to today and I am doing FerretDB now."


def span(a, b):
    return SimpleNamespace(start=a, end=b, speaker=None)


def test_a_label_cut_after_its_first_word_lands_on_the_sentence_where_it_starts():
    fast = TEXT.index("Fast")
    t = SimpleNamespace(text=TEXT, source="x.txt",
                        sentences=[span(0, fast - 1), span(fast, fast + 4), span(fast + 5, len(TEXT))])
    row = {"source": "x.txt", "text": "Fast forward to today and I am doing FerretDB", "speaker": "Alexey"}
    assert labelled_sentence(t, row).start == fast
