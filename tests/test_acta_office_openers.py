"""A board's acta in reported speech (a central bank's council, Spanish): the speech verbs of its openers ("consulta",
"hace presente"), an office holder the acta names by the office only ("el señor Ministro de Hacienda", then "el señor
Ministro"), the verb-first opener ("Consulta nuevamente el señor Ministro si…") and the editor's cut "[…]" inside a
long exposition. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


ACTA = """Acta de la sesión de política monetaria.

El Gerente de Estudios, don Luis Pérez, señala lo siguiente: La inflación ha subido en los últimos meses.

[…]

Los salarios reales se mantienen estables en el periodo.

[Inaudible]

El crédito sigue creciendo a tasas moderadas.

Con relación a los mercados, el señor Ministro de Hacienda consulta sobre las razones del alza de las tasas. Al respecto, el señor Pérez hace presente que la remuneración de los depósitos cambió en junio. Consulta nuevamente el señor Ministro si esto se debe a la falta de liquidez. El señor Pérez responde que no es así.

Consulta nuevamente el informe del señor Ministro para revisar las cifras del trimestre.

La consulta ciudadana recibió trescientas respuestas en el plazo.
"""

BARE_OFFICE = """Acta de la sesión ordinaria.

El Consejero señor Soto comenta que el escenario externo sigue favorable. Agrega que el cobre subió.

Interviene el señor Ministro para decir que el presupuesto se cumple en el año.
"""


@pytest.fixture(scope="module")
def acta():
    return ingest_text(ACTA, "acta.txt")


@pytest.fixture(scope="module")
def bare():
    return ingest_text(BARE_OFFICE, "bare.txt")


def test_exposition_goes_on_after_an_editors_cut(acta):
    assert _speaker(acta, "Los salarios reales") == "Luis Pérez"


def test_other_bracketed_note_still_ends_the_turn(acta):
    assert _speaker(acta, "El crédito sigue creciendo") is None


def test_office_named_without_a_name_speaks_with_consulta(acta):
    assert _speaker(acta, "consulta sobre las razones") == "Ministro de Hacienda"


def test_hace_presente_opens_a_turn(acta):
    assert _speaker(acta, "hace presente que la remuneración") == "Luis Pérez"


def test_verb_first_opener_with_an_adverb_gives_the_office_holder(acta):
    assert _speaker(acta, "si esto se debe a la falta") == "Ministro de Hacienda"


def test_office_holder_is_listed_once(acta):
    assert [s.name for s in speakers_of(acta, everyone=True)].count("Ministro de Hacienda") == 1


def test_verb_first_with_the_office_as_a_complement_does_not_open(acta):
    assert _speaker(acta, "el informe del señor Ministro") == "Luis Pérez"


def test_consulta_as_a_noun_opens_nothing(acta):
    assert _speaker(acta, "La consulta ciudadana") == "Luis Pérez"


def test_bare_office_never_named_before_is_no_new_speaker(bare):
    assert _speaker(bare, "Interviene el señor Ministro") == "Soto"
