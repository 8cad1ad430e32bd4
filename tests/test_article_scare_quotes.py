"""An interview written up as a feature article, whose people speak only in quotations: a sentence of the writers' that
only sets off a few words of its own between quotation marks ('El segundo paso era "abrir el proceso” además de
“mejorar el flujo”.') is the writers' narration, not the last speaker's words. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ARTICLE = """Conociendo a un equipo de datos

Iniciamos nuestro recorrido en Chile con un equipo que publica datos abiertos.

Ana Gil Rojas dirige el equipo desde hace dos años. Ana Gil Rojas explica que “cuando empezamos, todo estaba en planillas sueltas y nadie las compartía”.

Luis Mora Peña coordina los procesos. Luis Mora Peña cuenta que “la capacitación interna fue lo primero que hicimos con todo el equipo”.

{sentence} Ana Gil Rojas agrega que “ahora cualquiera puede revisar nuestro código y proponer cambios”.

Luis Mora Peña afirma que “el software libre nos permitió avanzar mucho más rápido que antes”.

Ana Gil Rojas concluye que “todavía quedan barreras por bajar para quienes recién empiezan”.
"""


def _article(sentence: str):
    return ingest_text(ARTICLE.format(sentence=sentence), "articulo.txt")


def test_writers_sentence_with_quoted_terms_is_nobodys():
    t = _article('El segundo paso era "abrir el proceso” además de “mejorar el flujo de trabajo”.')
    assert speaker_at(t, "El segundo paso era") is None


def test_quoted_term_of_many_words_is_a_quotation_not_a_term():
    t = _article("El segundo paso era “abrir el proceso a toda la comunidad y también a otras oficinas del estado”.")
    assert speaker_at(t, "El segundo paso era") is not None


def test_quotation_after_a_colon_is_not_a_term():
    t = _article("Luis Mora Peña lo resume así: “abrir el proceso”.")
    assert speaker_at(t, "lo resume así") == "Luis Mora Peña"
