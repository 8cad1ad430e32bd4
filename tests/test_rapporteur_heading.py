"""A council's minutes that head each report with its rapporteur ("Rapport par M. Grillon", "Rapport de M. Leclère"),
the report in his first person under it: the rapporteur's words, not a talk's notes whose "je" is the note-taker."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Séance du 17 janvier 1839

Paris

Agrandissement du ministère des Travaux publics

Rapport par M. Grillon

La majeure partie des rues étant en pente, on conçoit qu’il a souvent été difficile de les élargir.

Je ne le pense pas. Ainsi, je ne crois pas qu’il y ait utilité à avancer le numéro 6 de la rue du jeu de paume.

Dijon

Rapport de M. Leclère

Ce travail nous paraît fait avec soin et devoir être approuvé, sauf quelques légères modifications.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(MINUTES, "pv.txt"), fragment)


def test_first_person_under_a_report_by_heading_is_the_rapporteur():
    assert _speaker("je ne crois pas qu’il y ait utilité") == "M. Grillon"


def test_report_of_heading_with_an_honorific_names_the_rapporteur():
    assert _speaker("Ce travail nous paraît fait avec soin") == "M. Leclère"


def test_the_heading_itself_is_nobodys():
    assert _speaker("Rapport par M. Grillon") is None
