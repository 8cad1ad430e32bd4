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
