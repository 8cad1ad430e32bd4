"""The sentence splitter: a title's full stop before a name does not end a sentence."""
import pytest

from quidit.ingest.sentences import split_spans


def _sentences(text):
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize("text", [
    "La propuesta es para el Lic. Diego Silber, con buena trayectoria.",
    "Informa la Ing. Marta Ruiz sobre la obra.",
    "Asisten los Sres. Pérez y Gómez.",
    "M. Dupont présente le budget.",
], ids=["lic", "ing", "sres", "m"])
def test_title_abbreviation_keeps_one_sentence(text):
    assert _sentences(text) == [text]


def test_full_stop_before_a_capital_still_ends_a_sentence():
    assert _sentences("Se aprueba por unanimidad. Diego Silber agradece.") == [
        "Se aprueba por unanimidad.", "Diego Silber agradece."]


def test_letter_of_an_exhibit_ends_a_sentence():
    """"attached as Exhibit Q. A board member…": the letter labels an exhibit, it is no initial."""
    text = "The slides are attached as Exhibit Q. A board member asked a question."
    assert [text[a:b] for a, b in split_spans(text)] == ["The slides are attached as Exhibit Q.",
                                                         "A board member asked a question."]


def test_initial_after_an_ordinary_word_does_not_end_a_sentence():
    """Near miss: "by J. Smith" is an initial, as before."""
    text = "The report was written by J. Smith and approved."
    assert len(split_spans(text)) == 1
