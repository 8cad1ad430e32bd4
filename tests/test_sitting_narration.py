"""A parliamentary record telling the sitting in its own voice, in the past ("Se abrió la sesión a las 16.14…",
"Se suspendió a las 16.20.", "The sitting was suspended at…", "La séance, suspendue à 16 h 20, est reprise…"), who
acted as its secretary ("Actuó de Secretario el señor X"), a vote with its tally ("Se aprueba la indicación (9 votos
contra 4).") is nobody's words, not the last speaker's; the chair's own present ("se abre la sesión") stays the
chair's. Each behaviour on a small text written for the test, with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


SESION = """DIARIO DE SESIONES

El señor ROJAS (Presidente).- En el nombre de Dios, se abre la sesión.
El señor VIDAL.- Pido que se suspenda la sesión por veinte minutos para reunir a los Comités.
Se suspendió a las 16.20.
Se reanudó la sesión a las 16.40, en presencia de doce señores Senadores.
El señor ROJAS (Presidente).- Continúa la sesión con el proyecto de los caminos de la provincia.
El señor VIDAL.- Propongo una indicación para que el proyecto de los caminos se vote hoy mismo.
Se aprueba la indicación (9 votos contra 4 y 2 pareos).
El señor ROJAS (Presidente).- Se aprueba el proyecto de los caminos con la indicación del señor Vidal.
"""


def test_the_records_past_telling_of_the_sitting_is_nobodys():
    t = ingest_text(SESION, "sesion.txt")
    assert _speaker(t, "Se reanudó la sesión a las 16.40") is None


def test_a_vote_told_with_its_tally_is_nobodys():
    t = ingest_text(SESION, "sesion.txt")
    assert _speaker(t, "Se aprueba la indicación (9 votos") is None


def test_the_chairs_ruling_without_a_tally_stays_the_chairs():
    t = ingest_text(SESION, "sesion.txt")
    assert _speaker(t, "Se aprueba el proyecto de los caminos con") == "El señor ROJAS"


def test_the_chair_opening_the_sitting_in_the_present_speaks():
    t = ingest_text(SESION, "sesion.txt")
    assert _speaker(t, "se abre la sesión") == "El señor ROJAS"


HEARING = """Transcript of the hearing

Mr. LIMAN: Colonel, did you ever discuss the plan with the Director before the meeting in November?
Mr. NORTH: I did discuss it with him on several occasions before that meeting, counsel.
The sitting was suspended at 4.20 p.m. and resumed at 4.45 p.m.
Mr. LIMAN: Colonel, before the break we were talking about the plan and the Director.
"""


def test_english_sitting_suspended_is_nobodys():
    t = ingest_text(HEARING, "hearing.txt")
    assert _speaker(t, "The sitting was suspended") is None


ACTA = """Sesión del Consejo

El señor PÉREZ (Presidente).- Se abre la sesión y damos la palabra al señor Soto para el primer punto.
Actuó de Secretario el señor Julio Méndez Vega, y de Prosecretario, el señor Luis Ortega Ramos.
El señor SOTO.- Gracias, señor Presidente, el primer punto es el presupuesto del año que viene.
"""


def test_who_acted_as_secretary_is_the_records_telling():
    t = ingest_text(ACTA, "acta.txt")
    assert _speaker(t, "Actuó de Secretario el señor") is None
