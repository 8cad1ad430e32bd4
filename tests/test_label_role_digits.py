"""A turn label "Full Name, role:" whose role names a place or team by a number ("Fabiola Pineda, Administradora de
A255:", "Jane Roe, Team 3 lead:") is still a speaker label; a digit in the name part is not ("Reunión 23, punto 4:").
One behaviour per test, on snippets written for it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

TALK = """Transcripción de entrevista

Ana Gil, Entrevistadora: Cuéntanos cómo registran hoy a las visitas del edificio.
Luis Mora, Administrador de B12: Pues ahorita las registramos con la huella digital en la entrada.
Ana Gil, Entrevistadora: ¿Y quién lleva ese registro cada mañana?
Luis Mora, Administrador de B12: Lo lleva el vigilante de la entrada principal del edificio.
"""


def test_role_with_a_number_keeps_the_label():
    label = parse_label("Fabiola Pineda, Administradora de A255")
    assert label is not None and label.name == "Fabiola Pineda"


def test_turn_under_such_a_label_is_theirs():
    t = ingest_text(TALK, "e.txt")
    assert speaker_at(t, "Pues ahorita las registramos") == "Luis Mora"


def test_number_in_the_name_part_is_no_label():
    # near miss: the digit is in the part before the comma
    assert parse_label("Reunión 23, punto 4") is None
