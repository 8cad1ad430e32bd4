"""The chat window describes the corpus it searches, and shows the bundled report's example questions only there."""
import quidit.chat.app as app
from quidit.chat.app import EXAMPLES_SOURCE, build_app, intro


def _examples(demo) -> list:
    return [b for b in demo.blocks.values() if type(b).__name__ == "Dataset"]  # gr.Examples renders as a Dataset


def test_intro_names_a_single_transcript():
    assert "about one transcript (minutes.vtt)" in intro(["minutes.vtt"])


def test_intro_counts_several_transcripts_and_claims_no_genre():
    text = intro(["a.txt", "b.vtt", "c.pdf"])
    assert "about 3 transcripts" in text and "the transcript is a report" not in text


def test_no_report_examples_over_another_corpus(searcher):
    assert EXAMPLES_SOURCE not in searcher.sources
    assert not _examples(build_app(searcher))


def test_report_examples_over_the_bundled_report(searcher, monkeypatch):
    monkeypatch.setattr(app, "EXAMPLES_SOURCE", searcher.sources[0])  # stands for the report: the check is by name
    assert _examples(build_app(searcher))
