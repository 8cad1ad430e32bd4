"""An association's minutes list those present one a line, "Name (nickname) — office ;", and name two members who
share a given name by it and the surname's initial ("Antoine C demande…")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """Assemblée générale de l'association, 6 avril 2024

Étaient présent·e·s :

Amaury Carrade (Amaury) — président ;
Antoine Rozo (entwanne) — secrétaire ;
Antoine Claisse (Rockaround) — membre du CA ;

La séance débute à 14h40.

Amaury Carrade présente le bilan moral de l'année écoulée.

Antoine C demande alors si l'on peut faire une assemblée générale extraordinaire.

Antoine R répond que les réunions ont lieu tous les mois le troisième mardi.
"""


def test_dashed_entries_are_read_as_the_attendance():
    assert {"Amaury Carrade", "Antoine Rozo", "Antoine Claisse"} <= {p.name for p in ingest_text(PV, "pv.txt").participants}


def test_a_given_name_and_an_initial_name_the_one_member_they_fit():
    assert speaker_at(ingest_text(PV, "pv.txt"), "assemblée générale extraordinaire") == "Antoine Claisse"


def test_the_other_initial_names_the_other_member():
    assert speaker_at(ingest_text(PV, "pv.txt"), "le troisième mardi") == "Antoine Rozo"


def test_the_list_ends_at_the_blank_line_after_it():
    assert speaker_at(ingest_text(PV, "pv.txt"), "le bilan moral") == "Amaury Carrade"
