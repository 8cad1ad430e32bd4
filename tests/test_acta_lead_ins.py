"""Spanish minutes: "dio la bienvenida" is a verb of speech, a permission clause may precede an inverted "tomó la
palabra el Sr. X", a linking adverb may precede the subject's article without a comma ("Finalmente el Dr. X
agradeció…"), and "Maestro"/"Mtra." are titles before a name."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """ACTA DE SESIÓN DEL CONSEJO CIUDADANO
Asistentes: Dr. Alfonso Pérez Romo, Sr. Arturo Ricardo Silva Ibarra, Dra. Ana Jaramillo Juárez.
El Sr. Arturo Silva Ibarra informó la ausencia de quejas en la Defensoría.
Como primer punto, el Dr. Alfonso Pérez Romo dio la bienvenida a los asistentes a la reunión.
Con la venia del Presidente, tomó la palabra el Sr. Arturo Silva Ibarra para señalar cinco aspectos.
Finalmente el Dr. Pérez Romo agradeció la oportunidad de colaborar en el Consejo.
Interviene la Mtra. Jaramillo Juárez para exponer el estado de la revisión de los criterios.
"""


def test_dio_la_bienvenida_is_a_verb_of_speech():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "dio la bienvenida a los asistentes") == "Alfonso Pérez Romo"


def test_a_permission_clause_before_an_inverted_floor_verb():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "para señalar cinco aspectos") == "Arturo Ricardo Silva Ibarra"


def test_a_linking_adverb_before_the_subjects_article():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "agradeció la oportunidad") == "Alfonso Pérez Romo"


def test_mtra_is_a_title_before_a_surname():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "el estado de la revisión") == "Ana Jaramillo Juárez"
