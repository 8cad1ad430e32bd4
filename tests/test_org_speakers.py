"""Minutes that say who spoke by the organisation, the person in brackets: "La Banque des Territoires (Thomas
RAULET) a rappelé…" is Raulet's, and so is a later "La Banque des Territoires a présenté…"; an organisation two people
spoke for ("le Cerema (Nicolas GILLIO)", "le Cerema (Arnauld GALLAIS)") stands for no one. Headings between the
paragraphs stay lines of their own. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """PORTAIL NATIONAL FONCIER ECONOMIQUE
Compte-rendu du comité de pilotage du 18 janvier 2024

Synthèse des échanges
La Banque des Territoires (Thomas RAULET) a introduit le comité et a rappelé la démarche et les
parties prenantes, ainsi que les objectifs du portail.
Le Cerema (Nicolas GILLIO) a annoncé que le portail est désormais développé et qu'il pourra être
bientôt ouvert au grand public.

Planning et modalités de lancement
La Banque des Territoires a indiqué les modalités de lancement du portail convenues avec les
partenaires du comité de pilotage.
L’IGN (Elisabeth LEBLANC) a indiqué que le signalement d’erreurs sur les données était une
proposition pertinente pour les utilisateurs.
En outre, le Cerema (Arnauld GALLAIS) a souligné qu’il serait intéressant de partager le modèle de
données enrichi avec le groupe de travail.
Le Cerema a confirmé que les sites seront intégrés dans le portail avant la fin de l'année.
"""


def test_the_bracketed_person_speaks_for_the_organisation():
    t = ingest_text(MINUTES, "cr.txt")
    assert (speaker_at(t, "a introduit le comité"), speaker_at(t, "le signalement d’erreurs")) == ("Thomas RAULET", "Elisabeth LEBLANC")


def test_the_organisation_alone_is_the_one_person_tied_to_it():
    t = ingest_text(MINUTES, "cr.txt")
    assert speaker_at(t, "a indiqué les modalités de lancement") == "Thomas RAULET"


def test_an_organisation_two_people_spoke_for_is_no_one():
    t = ingest_text(MINUTES, "cr.txt")
    assert speaker_at(t, "les sites seront intégrés") is None
