"""A participants table read out of a PDF one cell a line: "Nom Prénom" heads the names and is no one; after the
header of another column ("Organisme", "Présent Excusé") the cells are organisations and ticks, no people. Written
for the test."""
from __future__ import annotations

from quidit.ingest import ingest_text

MINUTES = """Groupe de travail voirie
Compte rendu de réunion du 3 mars 2025
Participants :
Nom Prénom
Marie DURAND
Paul MARTIN
Luc BERNARD

Organisme
Présent Excusé
Ville de Dieppe
x
Cerema Normandie Centre
x
Rouen Métropole
x

1. Révision du guide
P. Martin demande des précisions sur le calendrier de publication du guide.
L. Bernard indique que la relecture sera faite par le groupe en avril.
"""


def test_the_names_column_header_is_no_one():
    t = ingest_text(MINUTES, "cr.txt")
    assert "Nom Prénom" not in [p.name for p in t.participants]


def test_the_organisations_column_holds_no_people():
    t = ingest_text(MINUTES, "cr.txt")
    assert not {"Ville de Dieppe", "Cerema Normandie Centre", "Rouen Métropole"} & {p.name for p in t.participants}
