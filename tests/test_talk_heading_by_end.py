"""In conference notes written as a blog post, a talk's heading is its title running straight into a bare
"par/por/by" and the speaker's name, on one line ("Modern Async JS par Christophe Porteneuve") or with the name on
the heading's second line ("Devops Mythbusters" / "por Salvador Folgado"): the talk's unnamed sentences under it are
that speaker's, the heading is nobody's, and the next such heading ends the talk."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

TWO_LINES = """VLCTesting Valencia 2016

Como la otra vez, quiero recoger un resumen de las ponencias.

Software testing con valor
por Maximiliano Mannise

Siempre abre camino con tono divertido y esta vez con las acepciones de la palabra valor en testing.
Igualmente debemos dar visibilidad al tiempo que se dedica al testing en los proyectos.

El software escondido
por Francesc Pastor

Relacionado con el testing en sistemas embebidos, esos grandes desconocidos del sector.
"""

ONE_LINE = """dotJS 2015 : compte-rendu

Voici donc un tour d'horizon rapide des différentes présentations de la journée.

Modern Async JS par Christophe Porteneuve

Le fameux callback hell peut vite devenir infernal, autant pour la lecture que pour le debug.

HTTP/2 is here, now let's make it easy par Rebecca Murphy

Constat sur HTTP/2 aujourd'hui : ça a l'air cool, mais on ne s'en sert pas beaucoup.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_a_byline_on_the_headings_second_line_names_the_talks_speaker():
    assert _speaker(TWO_LINES, "Siempre abre camino") == "Maximiliano Mannise"


def test_the_heading_with_its_byline_is_nobodys():
    assert _speaker(TWO_LINES, "Software testing con valor") is None


def test_the_next_heading_ends_the_talk_even_after_a_participle():
    # "escondido" before a byline of its own is the title's adjective, not a passive's participle
    assert _speaker(TWO_LINES, "sistemas embebidos") == "Francesc Pastor"


def test_a_one_line_heading_with_a_bare_par_names_the_talks_speaker():
    assert _speaker(ONE_LINE, "callback hell") == "Christophe Porteneuve"
    assert _speaker(ONE_LINE, "Constat sur HTTP/2") == "Rebecca Murphy"


@pytest.mark.parametrize("heading, by", [("Scaling Postgres by Jane Roe", "Jane Roe"),
                                          ("Cómo probamos SW en idealista por Raúl Hernández", "Raúl Hernández")])
def test_the_same_in_english_and_spanish(heading, by):
    doc = ONE_LINE.replace("Modern Async JS par Christophe Porteneuve", heading)
    assert _speaker(doc, "callback hell") == by


def test_a_passive_agent_on_a_line_of_its_own_is_no_heading():
    # near miss: "rédigé par X" is who wrote a report, not a talk given by X
    doc = ONE_LINE.replace("Modern Async JS par Christophe Porteneuve", "Le compte rendu rédigé par Christophe Porteneuve")
    assert _speaker(doc, "callback hell") is None


def test_a_paragraph_of_three_lines_is_prose():
    # near miss: a hard-wrapped paragraph that happens to end with "por Name" is not a heading
    doc = TWO_LINES.replace("Software testing con valor\npor Maximiliano Mannise",
                            "Software testing con valor\ny mucho más sobre la calidad\npor Maximiliano Mannise")
    assert _speaker(doc, "Siempre abre camino") is None
