"""Minutes whose attendance heading ends a line after a sentence of the record ("L'association compte 21 adhérents.
Sont présents :", "Quorum was reached. Present:") over one name a line: the names are the attendance list, so the
first-name labels later are those people (`ingest.labels.attendance_tail`)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Compte-rendu de l'assemblée générale de l'association

L'association compte 21 adhérent·e·s à jour de leur cotisation. Sont présent·e·s :

Anne Martin
Paul Girard
Lucie Faure

Rapport moral

Anne : nous avons organisé trois rencontres cette année, avec une bonne participation.

Paul : les comptes sont à l'équilibre et la cotisation ne change pas.

Anne : merci à toutes et à tous.

Paul : la prochaine assemblée aura lieu en février.
"""

EN = """Minutes of the Riverside Allotment Society annual meeting

Quorum was reached with twelve members. Present:

Jane Roe
Bob Lane
Kim Stone

Jane: the water troughs will be reconnected once the frosts are over.

Bob: the new taps have been ordered from the supplier in town.

Jane: thanks to everyone for the work on the plots.

Bob: the next meeting is in March.
"""

ES = """Acta de la asamblea de la asociación vecinal

Hubo quórum con doce socios. Asistentes:

Marta Ríos
Luis Gil
Ana Soto

Marta: hemos organizado tres jornadas de limpieza este año.

Luis: las cuentas están equilibradas y la cuota no cambia.

Marta: gracias a todos por el trabajo.

Luis: la próxima asamblea será en marzo.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_french_heading_after_a_sentence_lists_the_people():
    assert _speaker(FR, "les comptes sont à l'équilibre") == "Paul Girard"


def test_english_heading_after_a_sentence_lists_the_people():
    assert _speaker(EN, "the new taps have been ordered") == "Bob Lane"


def test_spanish_heading_after_a_sentence_lists_the_people():
    assert _speaker(ES, "las cuentas están equilibradas") == "Luis Gil"


def test_the_names_are_not_speech():
    assert _speaker(FR, "Lucie Faure") is None


def test_a_listed_person_who_never_speaks_is_a_participant():
    assert "Lucie Faure" in [p.name for p in ingest_text(FR, "minutes.txt").participants]


def test_a_colon_after_a_sentence_that_is_no_attendance_heading_lists_no_one():
    # near miss: a sentence then "Ordre du jour :" over lines of topics: nobody is listed
    doc = FR.replace("Sont présent·e·s :", "Ordre du jour :")
    t = ingest_text(doc, "minutes.txt")
    assert "Lucie Faure" not in [p.name for p in t.participants]
