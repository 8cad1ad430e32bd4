"""Reported speech: an honorific written in lower case before a capitalised name ("don Pablo García", "el señor
Soto", "madame Durand") names a person as the capitalised form does. Spanish actas write "don", "doña", "señor",
"señora" in lower case in running text; French records sometimes "monsieur", "madame". Each rule on a small text
written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


ACTA = """Acta de la sesión ordinaria del Consejo.

El Gerente de Estudios, don Luis Pérez, en relación con los desarrollos recientes, señala lo siguiente: La inflación ha subido en los últimos meses. Los salarios reales se mantienen estables en el periodo.

El Consejero señor Soto comenta que el escenario externo sigue favorable.

La asamblea agradece a don Luis Pérez su trabajo de los últimos años.
"""

CR = """Compte rendu de la réunion du bureau.

Ensuite, madame Durand explique que le budget de l'année a été tenu. Les dépenses de fonctionnement ont baissé.

Le don Solidarité a rapporté trois mille euros cette année.
"""


@pytest.fixture(scope="module")
def acta():
    return ingest_text(ACTA, "acta.txt")


@pytest.fixture(scope="module")
def cr():
    return ingest_text(CR, "cr.txt")


def test_lower_case_don_after_a_title_in_apposition_opens_the_turn(acta):
    assert _speaker(acta, "en relación con los desarrollos") == "Luis Pérez"


def test_the_exposition_after_the_opener_stays_his(acta):
    assert _speaker(acta, "Los salarios reales") == "Luis Pérez"


def test_lower_case_senor_after_a_title_names_the_speaker(acta):
    assert _speaker(acta, "el escenario externo sigue favorable") == "Soto"


def test_lower_case_don_as_an_object_does_not_speak(acta):
    assert _speaker(acta, "La asamblea agradece") != "Luis Pérez"


def test_lower_case_madame_names_the_speaker(cr):
    assert _speaker(cr, "le budget de l'année") == "Durand"


def test_lower_case_don_as_a_common_noun_names_nobody(cr):
    assert "Solidarité" not in [s.name for s in speakers_of(cr, everyone=True)]
