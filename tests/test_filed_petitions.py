"""Minutes that recite a document someone filed ("Visto recurso … presentado por D. X … SOLICITA:"): its points are the
filer's words, up to the body's own recitals or decision. Each rule on a small text written for the test (the real
documents are in evals/data/real)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


ACTA = """ACTA DE LA SESIÓN ORDINARIA DEL PLENO

SEÑORES ASISTENTES:
ALCALDE-PRESIDENTE: D. Ramón Soler Vidal
CONCEJALES: Dª Inés Caro Mena, D. Luis Prat Gómez

ASUNTO I.- RECURSO SOBRE EL CONTRATO DE LIMPIEZA VIARIA.
Visto escrito de alegaciones presentado por D. MARCOS RUEDA LLORENTE, en nombre de la empresa Limpiezas del Sur SL,
contra los pliegos del contrato de limpieza viaria:
Es por lo que SOLICITA:
PRIMERO: Que se revisen los pliegos del contrato. Los plazos fijados no permiten presentar una oferta seria.
SEGUNDO: Que se amplíe el plazo de presentación de ofertas en quince días.
Visto informe de la secretaría municipal, el cual concluye que los pliegos se ajustan a la normativa vigente.
El Pleno, por unanimidad, ACUERDA desestimar las alegaciones presentadas.
"""


@pytest.fixture(scope="module")
def acta():
    return ingest_text(ACTA, "acta.txt")


def test_points_after_solicita_are_the_filers(acta):
    assert _speaker(acta, "Los plazos fijados no permiten") == "MARCOS RUEDA LLORENTE"


def test_numbered_point_of_the_filed_document_is_the_filers(acta):
    assert _speaker(acta, "Que se amplíe el plazo") == "MARCOS RUEDA LLORENTE"


def test_recital_naming_the_filer_is_nobodys(acta):
    assert _speaker(acta, "Visto escrito de alegaciones") is None


def test_next_recital_ends_the_filed_document(acta):
    assert _speaker(acta, "Visto informe de la secretaría") is None


def test_body_decision_is_not_the_filers(acta):
    assert _speaker(acta, "El Pleno, por unanimidad") is None


def test_filer_is_listed(acta):
    assert "MARCOS RUEDA LLORENTE" in [s.name for s in speakers_of(acta)]


def test_filed_document_without_a_request_line_gives_nobody():
    t = ingest_text(ACTA.replace("Es por lo que SOLICITA:\n", ""), "acta2.txt")
    assert _speaker(t, "Los plazos fijados no permiten") != "MARCOS RUEDA LLORENTE"


def test_request_line_without_a_filer_gives_nobody():
    t = ingest_text(ACTA.replace("presentado por D. MARCOS RUEDA LLORENTE, en nombre de la empresa Limpiezas del Sur SL,",
                                 "de la empresa Limpiezas del Sur SL,"), "acta3.txt")
    assert _speaker(t, "Los plazos fijados no permiten") is None


CM = """Compte rendu du conseil municipal

Présents : M. Paul Vernet, Mme Anne Boyer, M. Luc Coste.

Recours gracieux
La requête déposée par M. Henri DUVAL contre le permis de construire du lotissement est lue au Conseil. Le requérant demande :
- l'annulation du permis accordé en mars, le terrain étant inondable selon lui.
Considérant l'avis du service instructeur, le Conseil rejette la requête.
"""


def test_french_filed_request_points_are_the_filers():
    t = ingest_text(CM, "cm.txt")
    assert _speaker(t, "l'annulation du permis accordé") == "Henri DUVAL"
    assert _speaker(t, "Considérant l'avis du service") is None


MINUTES = """Town council minutes

Present: Mr Tom Hale, Ms Ruth Lane, Mr Dev Patel.

Planning appeal
The council read the appeal lodged by Mr Owen Price against the refusal of his extension. The appellant requests:
1. That the refusal be withdrawn, since the extension is smaller than the neighbour's.
The council resolved to uphold the refusal.
"""


def test_english_filed_appeal_points_are_the_filers():
    t = ingest_text(MINUTES, "minutes.txt")
    assert _speaker(t, "That the refusal be withdrawn") == "Owen Price"
    assert _speaker(t, "The council resolved to uphold") is None
