"""An attendance list written one person a line, surname first ("Palma Vicuña, Ignacio", "DUPONT, Jean"), in a record
that then names its speakers by surname ("El señor PALMA (Presidente).-", "M. DUPONT. –"): each line is the person
"Given Surname", not the given name of the line before glued to the next surname. Each behaviour on a small text
written for the test, with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


SENADO = """DIARIO DE SESIONES DEL SENADO
Sesión 12ª, en martes 4 de marzo de 1969.

I. ASISTENCIA.
Asistieron los señores:
Araya Rojas, Pedro
Bravo Sepúlveda, Manuel
Castro Díaz, Andrés
Durán Ortiz, Felipe, y
Espinoza Vera, Julio.

II. APERTURA DE LA SESION.
El señor BRAVO (Presidente).- En el nombre de Dios, se abre la sesión y damos comienzo al debate de hoy.
El señor CASTRO.- Señor Presidente, quiero referirme al proyecto de ley sobre los caminos de la provincia.
El señor BRAVO (Presidente).- Tiene la palabra el Honorable señor Durán para continuar con el debate.
El señor DURAN.- Los caminos de la provincia llevan diez años sin ningún mantenimiento del Estado.
"""


def test_surname_first_list_gives_the_label_the_given_name_of_its_own_line():
    t = ingest_text(SENADO, "senado.txt")
    assert _speaker(t, "quiero referirme al proyecto") == "Andrés Castro Díaz"


def test_surname_first_list_names_the_chair_by_its_own_line():
    t = ingest_text(SENADO, "senado.txt")
    assert _speaker(t, "se abre la sesión y damos comienzo") == "Manuel Bravo Sepúlveda"


CONSEIL = """Conseil d'administration du 3 mars

Étaient présents :
DUPONT, Jean
MARTIN, Claire
LEROY, Paul

M. DUPONT. – Je déclare la séance ouverte et je donne la parole à Mme Martin pour le budget.
Mme MARTIN. – Le budget de l'année prochaine est en hausse de trois pour cent par rapport à cette année.
"""


def test_surname_in_capitals_first_then_given_name_is_turned_round():
    t = ingest_text(CONSEIL, "conseil.txt")
    assert _speaker(t, "Le budget de l'année prochaine") == "Claire MARTIN"


BOARD = """Board meeting, 4 March

Attendees:
Jane Roe, Mozilla
John Smith, Google
Ana Gil, Igalia

Jane Roe: Welcome everybody, we have a long agenda today and little time for it.
John Smith: Thanks Jane, I will start with the budget for the next year of the project.
"""


def test_name_then_company_lines_are_not_turned_round():
    t = ingest_text(BOARD, "board.txt")
    assert _speaker(t, "I will start with the budget") == "John Smith"
    assert not any(p.name in ("Mozilla Jane Roe", "Google John Smith") for p in t.participants)
