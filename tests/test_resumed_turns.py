"""A scanned parliamentary record ("SEÑOR X. — …" turns, its notes in brackets): a member named with the given
name in brackets ("SEÑOR GONZALEZ (don Carmelo R.) —") is that person even when the words wrap onto the next line,
and a paragraph led by a dash right after a bracketed note ("(Suena el timbre…)" / "— Lamento…") resumes the turn
the note broke. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """DIARIO DE SESIONES DE LA CAMARA DE REPRESENTANTES

SEÑOR PRESIDENTE. — Está abierta la sesión.
SEÑOR CARDOSO. — Hago moción para que se incluya en el orden del día de la sesión del miércoles.
SEÑOR PRESIDENTE. — Se va a votar la moción del señor Diputado Cardoso.
(Se vota. — Afirmativa: treinta y ocho en cuarenta y seis).
— Para plantear una cuestión de orden interno, tiene la palabra el señor Diputado Buranelli.
SEÑOR BURANELLI. — Es un asunto de orden interno que no admite demora.
SEÑOR CHOUHY TERRA (don Pedro) — Voy a hacer
dos mociones sobre el orden del día de la sesión.
SEÑOR GONZALEZ (don Carmelo R.) — Pido que se
rectifique la votación de la moción anterior.
SEÑOR PUIG. — Decía, señor Presidente, que la Cancillería no ha contestado todavía.
(Suena el timbre indicador de tiempo disponible).
— Lamento que se haya terminado el plazo de que disponía.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(RECORD, "diario.txt"), fragment)


def test_a_label_with_the_given_name_in_brackets_names_the_person():
    assert _speaker("Voy a hacer") == "Pedro Chouhy Terra"


def test_a_bracketed_given_name_with_an_initial_is_kept():
    assert _speaker("rectifique la votación") == "Carmelo R. Gonzalez"


def test_a_dash_after_a_bracketed_bell_resumes_the_speaker():
    assert _speaker("Lamento que se haya terminado") == "Señor Puig"


def test_a_dash_after_a_bracketed_vote_resumes_the_chair():
    assert _speaker("Para plantear una cuestión de orden interno") == "SEÑOR PRESIDENTE"


def test_the_bracketed_vote_stays_the_record_s():
    assert _speaker("Se vota.") is None
