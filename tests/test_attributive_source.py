"""A crónica names its source before the words: "Según Borja Terán, …", "De acuerdo con Mark Frankel, …", "Selon Anne
Roy, …". The person is the sentence's speaker, and the sentences after it carry on the same point. The attributive word
at the sentence's start is not part of the name."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

SPANISH = """Diez claves de las jornadas

1. Escuchar a la audiencia

De acuerdo con Mark Frankel, editor de redes sociales de BBC News, uno de los grandes retos es escuchar a la audiencia. Tenemos que emplear mucho más tiempo en escuchar.

2. Apostar por el autor

Según Borja Terán, este tipo de formatos tiene más que ver con la personalidad que con la opinión. Se trata de recuperar la esencia del cronista.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_de_acuerdo_con_names_the_source():
    assert _speaker(SPANISH, "De acuerdo con Mark Frankel") == "Mark Frankel"


def test_segun_at_the_sentence_start_names_the_source():
    assert _speaker(SPANISH, "Según Borja Terán") == "Borja Terán"


def test_the_sentence_after_the_source_carries_on():
    assert _speaker(SPANISH, "Se trata de recuperar") == "Borja Terán"


@pytest.mark.parametrize("doc, fragment, who", [
    ("Notes de la journée\n\nSelon Anne Roy, le calendrier des versions doit être publié en mars.\n", "Selon Anne Roy", "Anne Roy"),
    ("Notes from the day\n\nAccording to Anna Berg, the release calendar should be published in March.\n", "According to Anna Berg", "Anna Berg"),
])
def test_the_same_in_french_and_english(doc, fragment, who):
    assert _speaker(doc, fragment) == who


def test_a_name_after_an_ordinary_preposition_is_only_mentioned():
    # near miss: "De acuerdo con" names a source; "Junto con" only names a companion
    doc = "Notas\n\nJunto con Mark Frankel, el público visitó la redacción de la cadena.\n"
    assert _speaker(doc, "Junto con Mark Frankel") is None
