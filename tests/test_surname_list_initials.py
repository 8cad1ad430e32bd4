"""Minutes whose attendance list gives surnames only, each with the member's initials in brackets ("Present: Cohen
(AMC), Davenport (JHD), Watt (SMW)"), and then names the members by the initials alone ("AMC opened the meeting.",
"JHD noted that…"): the initials end with the surname's initial, so they are that person (`ingest.initials.fits`)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.initials import fits

EN = """Notes of the annual meeting of the Society

Present: Bernardin (LB), Cohen (AMC), Davenport (JHD), Kohlhase (MK), Roe (ACME), Watt (SMW).

AMC opened the meeting and welcomed the members who had travelled from abroad this year.

JHD noted that the accounts for the year had been audited and were in good order.

SMW asked whether the next meeting could be held in the spring rather than in the summer.

ACME said that the sponsorship for the coming year had been confirmed by its board.
"""

FR = """Compte rendu de la réunion du bureau de l'association

Présents : Martin (AM), Girard (PG), Faure (LF).

PG indique que les comptes de l'exercice ont été vérifiés par le commissaire aux comptes sans réserve.
"""

ES = """Acta de la reunión de la junta directiva

Asistentes: Gil (AG), Mora (LM), Ruiz (ER).

LM informa que la cuota anual se mantiene igual que el año pasado para todos los socios.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_initials_ending_with_the_surnames_initial_fit_it():
    assert fits("AMC", "Cohen") and fits("JHD", "Davenport")


def test_initials_ending_with_another_letter_do_not_fit_a_surname():
    assert not fits("ACME", "Roe")


def test_bracketed_initials_after_a_surname_name_that_member():
    assert _speaker(EN, "accounts for the year had been audited") == "Davenport"


def test_three_letter_initials_after_a_surname_name_that_member():
    assert _speaker(EN, "next meeting could be held in the spring") == "Watt"


def test_an_acronym_that_does_not_fit_the_surname_names_nobody_listed():
    assert _speaker(EN, "sponsorship for the coming year") != "Roe"


def test_french_surname_list_with_initials():
    assert _speaker(FR, "les comptes de l'exercice") == "Girard"


def test_spanish_surname_list_with_initials():
    assert _speaker(ES, "la cuota anual se mantiene") == "Mora"
