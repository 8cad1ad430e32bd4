"""A write-up in numbered sections ("1. Ir donde esté el espectador" … "10. No tenemos todas las respuestas, sino cada
vez más preguntas"): a title on a line of its own that goes on the series of numbered headings is a heading too,
though it is longer than a short item's title; the reported speaker of the section before ends there."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SECTIONS = """Diez claves de las jornadas

8. Perderle el miedo a la tecnología

César Peña destacó que estas narrativas pueden resultar muy útiles. Permiten conectar con la audiencia.

9. No tenemos todas las respuestas, sino cada vez más preguntas y dudas

Tras varios días debatiendo, concluimos que no existe una receta definitiva.
"""

NOT_NEXT = SECTIONS.replace("9. No tenemos", "12. No tenemos")


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_a_long_title_numbered_next_in_the_series_is_a_heading():
    assert _speaker(SECTIONS, "No tenemos todas las respuestas") is None


def test_the_section_after_it_is_the_writers():
    assert _speaker(SECTIONS, "Tras varios días debatiendo") is None


def test_a_long_numbered_line_out_of_the_series_is_no_heading():
    # near miss: "12." after "8." does not go on the series; the long line stays text, the speaker goes on
    assert _speaker(NOT_NEXT, "No tenemos todas las respuestas") == "César Peña"
