"""Two more shapes of the office-first label a stenographic record writes: the office run straight into its body
with the preposition dropped ("DIRECTOR GENERAL INSTITUTO NACIONAL DE CARRETERAS (INC), ROSA MENA:"), and a video
testimony's role before the name ("DERECHOHABIENTE, ANA SOTO LUNA:", "MADRE DEL PACIENTE, LUISA PECH:"). Both give
the person after the last comma; a titled name, a kinship title used as a name and a description are no such label."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label
from quidit.ingest.lexicon import fold
from quidit.ingest.office_first_labels import office_first


@pytest.mark.parametrize(("label", "office", "name"), [
    ("DIRECTOR GENERAL INSTITUTO NACIONAL DE CARRETERAS (INC), ROSA MENA ORTIZ",
     "DIRECTOR GENERAL INSTITUTO NACIONAL DE CARRETERAS (INC)", "ROSA MENA ORTIZ"),
    ("Directora Fundación Aurora, Julia Campos", "Directora Fundación Aurora", "Julia Campos"),
    ("DIRECTEUR GÉNÉRAL OFFICE NATIONAL DES FORÊTS, PAUL MARTIN", "DIRECTEUR GÉNÉRAL OFFICE NATIONAL DES FORÊTS",
     "PAUL MARTIN"),
])
def test_an_office_run_into_its_body_without_preposition_is_read(label, office, name):
    assert office_first(label) == (office, name)


@pytest.mark.parametrize(("label", "office", "name"), [
    ("DERECHOHABIENTE, ANA SOTO LUNA", "DERECHOHABIENTE", "ANA SOTO LUNA"),
    ("MADRE DEL PACIENTE, LUISA PECH", "MADRE DEL PACIENTE", "LUISA PECH"),
    ("BÉNÉFICIAIRE, JEANNE MARTIN", "BÉNÉFICIAIRE", "JEANNE MARTIN"),
    ("Patient, Jane Roe", "Patient", "Jane Roe"),
])
def test_a_testimony_role_before_the_name_gives_the_name(label, office, name):
    assert office_first(label) == (office, name)


@pytest.mark.parametrize("label", [
    "DIRECTOR GENERAL ANTONIO RUIZ, MARÍA LÓPEZ",  # a titled name, no body
    "Director General, Instituto Nacional",  # an office and a body: nobody named
    "MADRE TERESA, CALCUTA",  # a kinship title used as a name, then a place
    "PADRE PEDRO, PÁRROCO DE SAN JUAN",  # a titled name first
    "PACIENTE, VARÓN DE 40 AÑOS",  # a description, no name
    "ANA SOTO LUNA, DERECHOHABIENTE",  # name first: the ordinary label (below)
])
def test_near_misses_are_not_office_first(label):
    assert office_first(label) is None


def test_a_name_first_testimony_label_keeps_its_name():
    lab = parse_label("ANA SOTO LUNA, DERECHOHABIENTE")
    assert lab is not None and fold(lab.core) == "ana soto luna"


RECORD = """Versión estenográfica de la conferencia de prensa

DIRECTOR GENERAL INSTITUTO NACIONAL DE CARRETERAS (INC), ROSA MENA ORTIZ: Muchas gracias, gobernadora.
Este año terminamos doscientos kilómetros de caminos rurales en la sierra.

(INICIA VIDEO)

DERECHOHABIENTE, ANA SOTO LUNA: Me operaron en una semana y la atención fue muy buena.

MADRE DEL PACIENTE, LUISA PECH: A mi hijo lo atendieron el mismo día en el hospital.

(FINALIZA VIDEO)
"""


@pytest.mark.parametrize(("fragment", "name"), [
    ("Este año terminamos", "Rosa Mena Ortiz"),  # under the office run into its body
    ("Me operaron en una semana", "Ana Soto Luna"),  # a testimony in the video insert
    ("A mi hijo lo atendieron", "Luisa Pech"),
])
def test_each_turn_goes_to_the_person_after_the_office(fragment, name):
    assert speaker_at(ingest_text(RECORD, "esteno.txt"), fragment) == name
