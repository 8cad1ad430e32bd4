"""A council's minutes: "sous la présidence de monsieur X" with no one else named mayor makes X "le Maire"; and a note
"Retour de monsieur le Maire" run on into "Monsieur Gaudin explique…" does not make Gaudin the mayor."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """COMMUNE DE SAINT-MARTIN
SEANCE DU 31 JANVIER 2022

Les membres du Conseil Municipal se sont réunis dans la salle des fêtes, sous la
présidence de monsieur Paul LEGRAND.
Etaient présents : MM Paul LEGRAND, Luc MOREAU, Anne PETIT, Jean ROUX.

1. Travaux de voirie
Monsieur le Maire donne la parole à monsieur Luc Moreau, Président de la commission travaux.
Monsieur Moreau indique que la chaussée de la rue du Lavoir doit être refaite avant l'été.
Monsieur le Maire demande à l'Assemblée de bien vouloir se prononcer sur ce dossier.

2. Éclairage public
Monsieur Moreau donne la parole à Madame Petit pour exposer le dossier.
Retour de monsieur le Maire
Monsieur Moreau explique que le syndicat d'énergie propose de reprendre l'éclairage public.
Monsieur le Maire invite l'Assemblée à bien vouloir délibérer sur ce point.
"""


def test_le_maire_is_the_one_who_presides():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "demande à l'Assemblée de bien vouloir") == "Paul LEGRAND"


def test_a_return_note_does_not_make_the_next_speaker_mayor():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "invite l'Assemblée à bien vouloir délibérer") == "Paul LEGRAND"
