"""A crónica quotes first and names the speaker after: '"El espectador ya no va a la televisión…".' then "Con esta
declaración de intenciones inauguraba Borja Terán, …, las jornadas." The sentence that points back at the words
("Con esta declaración", "With these words", "Par ces mots") names who said them: that sentence and the quotation
right before it are theirs."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

SPANISH = """Diez claves de las jornadas

1. Ir donde esté el espectador

"El espectador ya no va a la televisión, la televisión debe ir al espectador".

Con esta declaración de intenciones inauguraba Borja Terán, crítico de televisión, las jornadas.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_the_sentence_pointing_back_names_its_speaker():
    assert _speaker(SPANISH, "Con esta declaración") == "Borja Terán"


def test_the_quotation_before_it_is_the_named_speakers():
    assert _speaker(SPANISH, "El espectador ya no va") == "Borja Terán"


@pytest.mark.parametrize("doc, fragment, who", [
    ('Notes from the day\n\n"Caching is the easy part."\n\nWith these words Anna Berg opened the summit.\n', "Caching is", "Anna Berg"),
    ("Notes de la journée\n\n« Le cache est la partie facile. »\n\nPar ces mots, Anne Roy a ouvert la journée.\n", "Le cache est", "Anne Roy"),
])
def test_the_same_in_english_and_french(doc, fragment, who):
    assert _speaker(doc, fragment) == who


def test_a_sentence_opening_on_another_noun_takes_no_quotation():
    # near miss: "Con esta tecnología" points at a thing, not at words; the quotation stays unattributed
    doc = SPANISH.replace("Con esta declaración de intenciones inauguraba", "Con esta tecnología trabajaba")
    assert _speaker(doc, "El espectador ya no va") is None
