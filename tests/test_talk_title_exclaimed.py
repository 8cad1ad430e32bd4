"""A conference write-up's talk whose heading gives only its title, the title closing on an exclamation opened inside
the line as Spanish writes it ("Mejora tus habilidades como tester... ¡Jugando!"): the heading ends the talk before
it, whose speaker no longer speaks. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import TITLE_EXCLAIMED

TALKS = """Jornadas de calidad 2019

Este año asistí a las jornadas. Aquí va el resumen.

Pruebas en móviles
por Carla Ruiz Soto

Hay que probar en dispositivos reales y no solo en emuladores.
Las granjas de dispositivos ayudan mucho en este trabajo.

{title}

Este año el seminario fue con juegos de mesa para todos.
Las habilidades del tester se pueden entrenar jugando.
"""


def _talks(title: str):
    return ingest_text(TALKS.format(title=title), "notas.txt")


def test_exclaimed_title_ends_the_talk_before_it():
    t = _talks("Mejora tus habilidades como tester... ¡Jugando!")
    assert speaker_at(t, "Las habilidades del tester") is None


def test_talk_goes_on_up_to_the_exclaimed_title():
    t = _talks("Mejora tus habilidades como tester... ¡Jugando!")
    assert speaker_at(t, "Las granjas de dispositivos") == "Carla Ruiz Soto"


def test_exclamation_opening_its_line_is_the_talks_point():
    t = _talks("¡Hay que invertir en formación!")
    assert speaker_at(t, "Las habilidades del tester") == "Carla Ruiz Soto"


def test_exclaimed_clause_after_a_comma_is_no_title():
    assert TITLE_EXCLAIMED.match("Muy buena charla, ¡gracias!") is None


def test_english_exclamation_without_its_opening_mark_is_no_title():
    assert TITLE_EXCLAIMED.match("Great talk!") is None


def test_exclaimed_title_pattern_is_linear_on_a_long_line():
    assert TITLE_EXCLAIMED.match("a" * 100_000 + " ¡x!") is None
