"""A stenographic record's label may give the office first and the name after its last comma ("GOBERNADORA DE
SONORA, ANA LUISA PÉREZ GIL:", "LE PRÉSIDENT DE LA RÉPUBLIQUE, JEAN DUVAL :", "Secretary of State, Jane Roe:"): the
person is the name, the office stays as the affiliation; a titled name or an office without a name is no such label."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label
from quidit.ingest.office_first_labels import office_first


@pytest.mark.parametrize(("label", "office", "name"), [
    ("GOBERNADORA DE SONORA, ANA LUISA PÉREZ GIL", "GOBERNADORA DE SONORA", "ANA LUISA PÉREZ GIL"),
    ("LE PRÉSIDENT DE LA RÉPUBLIQUE, JEAN DUVAL", "LE PRÉSIDENT DE LA RÉPUBLIQUE", "JEAN DUVAL"),
    ("Secretary of State, Jane Roe", "Secretary of State", "Jane Roe"),
    ("SECRETARIO DE OBRAS, PUERTOS Y CAMINOS, LUIS GARZA RÍOS (ENLACE REMOTO)", "SECRETARIO DE OBRAS, PUERTOS Y CAMINOS",
     "LUIS GARZA RÍOS"),
    ("DIRECTORA GENERAL DEL INSTITUTO DE LENGUAS (INALE), ROSA DE LA PAZ MORA", "DIRECTORA GENERAL DEL INSTITUTO DE LENGUAS (INALE)",
     "ROSA DE LA PAZ MORA"),
    ("ESCRITORA, LUCÍA MENA", "ESCRITORA", "LUCÍA MENA"),
])
def test_the_name_after_the_office_is_the_person(label, office, name):
    assert office_first(label) == (office, name)


@pytest.mark.parametrize("label", [
    "LUIS GARZA RÍOS, SECRETARIO DE OBRAS",  # name first: the ordinary label
    "Presidente Díaz, Comisión de Hacienda",  # a titled name, then a body
    "Secretario General, Comisión Nacional",  # an office and an organisation: nobody named
    "HABITANTE DE SAN JUAN, OAXACA",  # an office and a place of one word
    "Question, Jane Roe",  # no office first
    "GOBERNADORA DE SONORA, ANA 2 PÉREZ",  # a figure is no name
    "EN EL MARCO DE LA REUNIÓN DE GOBERNADORES DEL NORTE, LOS ACUERDOS FUERON",  # a sentence up to its colon
])
def test_near_misses_are_not_office_first(label):
    assert office_first(label) is None


def test_parse_label_gives_the_name_and_keeps_the_office():
    lab = parse_label("GOBERNADORA DE SONORA, ANA LUISA PÉREZ GIL")
    assert lab is not None and fold_name(lab.core) == "ana luisa perez gil"
    assert lab.affiliation == "GOBERNADORA DE SONORA"


def fold_name(s: str) -> str:
    from quidit.ingest.lexicon import fold
    return fold(s)


RECORD = """Versión estenográfica de la conferencia de prensa

GOBERNADORA DE SONORA, ANA LUISA PÉREZ GIL: Buenos días a todas y a todos, gracias por venir hoy.
Hoy inauguramos el nuevo hospital regional del estado con doscientas camas.
DIRECTOR GENERAL DE LA COMISIÓN ESTATAL DEL AGUA Y DEL SANEAMIENTO DE LAS CUENCAS DEL NORTE, PEDRO SALAS ORTIZ (ENLACE REMOTO): Con su permiso, gobernadora.
La presa estará lista el próximo año, según el calendario de la obra.
GOBERNADORA DE SONORA, ANA LUISA PÉREZ GIL: Muchas gracias, Pedro, por el informe completo.
"""


def test_the_turns_go_to_the_named_office_holder():
    t = ingest_text(RECORD, "esteno.txt")
    assert speaker_at(t, "Hoy inauguramos el nuevo hospital") == "Ana Luisa Pérez Gil"


def test_a_label_longer_than_a_label_usually_is_holds_in_capitals():
    t = ingest_text(RECORD, "esteno.txt")
    assert speaker_at(t, "La presa estará lista") == "Pedro Salas Ortiz"
