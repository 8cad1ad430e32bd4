"""A municipal council's acta tells each turn with a verb of its own ("Ana Gil aportó que…", "Luis Mora mocionó
convocar…", "Pedro Ruiz objetó…", "Ana Gil saludó a…"): the subject speaks. "aportó" with no "que" is money given, no
remark; a body's name before a colon ("Consejo de Educación: 5 escuelas…") inside a member's report is the body's
figures in the member's words, not a person's label."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """Acta de la Sesión Ordinaria N° 7

Concejales presentes: Ana Gil, Luis Mora y Pedro Ruiz.

Minuta 1: Plaza central

Ana Gil propuso arreglar los bancos de la plaza. Luis Mora aportó que el presupuesto ya lo prevé.

Pedro Ruiz objetó sin estar seguro: si la obra es privada no corresponde. Luis Mora mocionó convocar al Intendente a una mesa de trabajo.

Ana Gil saludó a las enfermeras del distrito por su día.

Minuta 2: Fiesta patronal

La Gobernación aportó 500.000 para la fiesta patronal.
"""

REPORT = """Luis Mora aportó que el tema fue tratado en 3 sesiones anteriores: pidieron una mesa de trabajo. Ana Gil preguntó si se enviaron las invitaciones. Acta aprobada por unanimidad.

Informes

Pedro Ruiz informó: 40 alumnos en la Escuela Taller. Consejo de Educación: 5 escuelas no respondieron los pedidos. Almuerzo escolar: 85 días por escuela.
"""

# the same report, a person's name where the body's was
PERSON = REPORT.replace("Consejo de Educación:", "Marta Ibáñez:")


def test_aporto_que_is_a_remark():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "el presupuesto ya lo prevé") == "Luis Mora"


def test_objeto_is_a_remark():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "si la obra es privada") == "Pedro Ruiz"


def test_mociono_is_a_motion_made():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "convocar al Intendente") == "Luis Mora"


def test_saludo_a_is_a_greeting_made():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "enfermeras del distrito") == "Ana Gil"


def test_aporto_a_sum_is_no_remark():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "para la fiesta patronal") is None


def test_body_before_a_colon_stays_in_the_members_report():
    t = ingest_text(REPORT, "acta.txt")
    assert speaker_at(t, "5 escuelas no respondieron") == "Pedro Ruiz"
    assert "Consejo de Educación" not in [p.name for p in t.participants]


def test_person_before_a_colon_still_speaks():
    assert speaker_at(ingest_text(PERSON, "acta.txt"), "5 escuelas no respondieron") == "Marta Ibáñez"
