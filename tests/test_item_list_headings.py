"""Workshop minutes whose few named turns are lines of a presenter's list of "Topic: notes" lines: the note-taker's next
heading, a line of its own ("Ejercicio de diagnóstico por mesas (problemas y causas)."), ends the turn, and the
unnamed participants' notes under it are nobody's; a turn written as a hard-wrapped paragraph goes on in the next
one. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TALLER = """Bienvenida

Lic. Ana Gil: la planeación es tarea de todos los ciudadanos de la región.
C. Pedro Ruiz: importancia de la participación ciudadana en el plan.
Lic. Marta Soto: presentación de los indicadores del diagnóstico básico.
Desarrollo Social: rezago educativo, pocos apoyos al desarrollo social de las colonias.

Ejercicio de diagnóstico por mesas (principales problemas y causas).

Falta transporte público en las colonias del oriente de la ciudad.
No existe coordinación entre los municipios de la zona metropolitana.
"""

ATELIER = """Accueil

Mme Claire Petit : ouverture de l'atelier et rappel des objectifs de la journée.
M. Paul Morel : présentation des règles du jeu et du calendrier de la concertation.
M. Luc Faure : présentation du diagnostic du quartier et des premiers chiffres.
Vie Associative : la vie associative du quartier manque de salles pour se réunir.

Travail en ateliers thématiques (problèmes et causes).

Manque de pistes cyclables dans le centre-ville et autour des écoles.
"""

NAMED = TALLER.replace("Ejercicio de diagnóstico por mesas (principales problemas y causas).",
                       "Marta Soto explica la dinámica de las mesas de trabajo.")

WRAPPED = """MS. SMITH: So we went to the council in the spring and asked
them for money for the centre, and they said no to all of it.

So that has been the nature of the agency for many years.

MR. JONES: Thank you, that is very helpful for the committee.

MS. SMITH: You are welcome, and thank you for having me here today.
"""


def test_a_participant_note_under_the_heading_is_nobodys():
    t = ingest_text(TALLER, "taller.txt")
    assert speaker_at(t, "Falta transporte público") is None


def test_the_heading_line_itself_is_nobodys():
    t = ingest_text(TALLER, "taller.txt")
    assert speaker_at(t, "Ejercicio de diagnóstico por mesas") is None


def test_a_french_workshop_note_under_the_heading_is_nobodys():
    t = ingest_text(ATELIER, "atelier.txt")
    assert speaker_at(t, "Manque de pistes cyclables") is None


def test_near_miss_a_hard_wrapped_turn_goes_on_in_its_next_paragraph():
    t = ingest_text(WRAPPED, "wrapped.txt")
    assert speaker_at(t, "the nature of the agency") == "Ms. Smith"


def test_near_miss_a_line_naming_a_speaker_is_no_heading():
    t = ingest_text(NAMED, "named.txt")
    assert speaker_at(t, "explica la dinámica de las mesas") == "Marta Soto"  # ("Lic." is a title, not part of her name)
