"""A workshop's minutes introduce a talk with its noun first and the speaker titled ("Presentación del asesor del
instituto Arq. X, fundador de…", "Presentation by Dr Jane Roe, director of…") over the talk's points, one a line: the
lines after it are the speaker's. "Presentación del libro de X" names the book's author, not a speaker. A facilitator
giving the exercise's instructions ("El Arq. X dio las indicaciones…") speaks, and the article and title before the
name are no part of it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTA = """Taller de planeación estratégica

Conceptos Básicos

Presentación del asesor del instituto Arq. Marcos Vidal Ortega, fundador del instituto de León.
Explicación de las etapas del plan. Importancia de los proyectos colectivos.

Libros

Presentación del libro de Julia Campos Leal, editado por la universidad.
Importancia de la lectura en la región.

Ejercicio grupal

El Arq. Marcos Vidal dio las indicaciones a seguir para el recorrido entre las mesas.
Tres minutos en cada mesa.
"""


def test_points_after_the_introduction_are_the_speakers():
    assert speaker_at(ingest_text(MINUTA, "minuta.txt"), "etapas del plan") == "Marcos Vidal Ortega"


def test_a_books_author_is_no_speaker():
    assert speaker_at(ingest_text(MINUTA, "minuta.txt"), "lectura en la región") is None


def test_instructions_given_are_speech_by_the_listed_name():
    t = ingest_text(MINUTA, "minuta.txt")
    assert speaker_at(t, "recorrido entre las mesas") == "Marcos Vidal Ortega"
    assert not any(p.name.startswith("El ") for p in t.participants)
