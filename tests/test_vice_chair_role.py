"""A board's vice-chair, titled by the role alone ("Madame la Vice-Présidente indique que…"), speaks as that role:
not the last named member, and not the chair."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Compte rendu du Conseil d'Administration du CCAS

ETAIENT PRESENTS : Mme Lucienne DARGERE, Mme Sylvie JACAMENT, M. Philippe PAUTRE

Madame Sylvie JACAMENT demande si les usagers sont satisfaits de la prestation.

Madame la Vice-Présidente indique que le CCAS est en réflexion sur ce point.

Monsieur le Président remercie les membres du conseil.
"""


def test_vice_chair_role_speaks():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "en réflexion").lower() == "la vice-présidente"


def test_chair_stays_the_chair():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "remercie les membres").lower() == "le président"
