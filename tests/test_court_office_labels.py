"""A court's stenographic record: the clerk's label names an office of something, not a person ("SECRETARIO
GENERAL DE ACUERDOS:" is no Mr. Acuerdos), and the attendance list heads the presiding office with its own line
over its holder ("PRESIDENTA SEÑORA MINISTRA:" / "NORMA LUCÍA PIÑA HERNÁNDEZ"): the turns labelled with the same
words, in any order ("SEÑORA MINISTRA PRESIDENTA:"), are the holder's; a decision printed in capitals as a
paragraph of its own ("QUEDA APROBADO POR UNANIMIDAD…") is the record's, not the chair's words."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

RECORD = """SUPREMA CORTE DE JUSTICIA DE LA NACIÓN

ASISTENCIA:

PRESIDENTA SEÑORA MINISTRA:

NORMA LUCÍA PIÑA HERNÁNDEZ

SEÑORAS MINISTRAS Y SEÑORES MINISTROS:

ALFREDO GUTIÉRREZ ORTIZ MENA
JAVIER LAYNEZ POTISEK
ALBERTO PÉREZ DAYÁN

SEÑORA MINISTRA PRESIDENTA: Buenas tardes. Se abre esta sesión pública ordinaria del Tribunal Pleno.

SECRETARIO GENERAL DE ACUERDOS: Sí, señora Ministra Presidenta. Se somete a su consideración el proyecto de acta.

SEÑORA MINISTRA PRESIDENTA: Si no hay observaciones, consulto si podemos aprobarla en votación económica.

SEÑOR MINISTRO PÉREZ DAYÁN: Gracias, señora Ministra Presidenta. Estoy con el proyecto.
"""


def test_office_of_something_is_the_whole_office():
    assert parse_label("SECRETARIO GENERAL DE ACUERDOS").core == "SECRETARIO GENERAL DE ACUERDOS"


def test_clerk_label_is_no_person_named_after_the_office():
    assert "Acuerdos" not in [p.name.title() for p in ingest_text(RECORD, "version.txt").participants]


def test_presiding_label_is_the_listed_holder():
    assert speaker_at(ingest_text(RECORD, "version.txt"), "Se abre esta sesión").lower() == "norma lucía piña hernández"


def test_member_label_keeps_its_own_name():
    assert "PÉREZ DAYÁN" in speaker_at(ingest_text(RECORD, "version.txt"), "Estoy con el proyecto").upper()


DECISION = """SEÑORA MINISTRA PRESIDENTA: Con estas salvedades, consulto si los podemos aprobar en votación económica (VOTACIÓN FAVORABLE).

QUEDA APROBADO POR UNANIMIDAD DE LOS PRESENTES LA VALIDEZ DE LA NORMA.

SEÑORA MINISTRA PRESIDENTA: Pasamos al siguiente asunto, señor secretario.
"""


def test_decision_in_capitals_is_the_records():
    assert speaker_at(ingest_text(RECORD + "\n" + DECISION, "version.txt"), "VALIDEZ DE LA NORMA") is None
