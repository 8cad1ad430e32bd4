"""A caption over a table or a figure ("Table: Procédure de vote …", pandoc's simple-table caption; "Figure 2: …",
"Cuadro: …") looks like a label but names what is shown, never a speaker. One behaviour per test, with a near miss."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

VOTES = """Réunion du bureau

Budget

Table: Procédure de vote du budget

Nombre de votants 9
Votent pour 9

Locaux

Table: Procédure de vote pour le déménagement

Nombre de votants 9
Votent pour 7

Tableau : Résultats du tournoi

Equipe A 3
Equipe B 1
"""


def test_table_caption_is_nobody():
    t = ingest_text(VOTES, "pv.txt")
    assert speaker_at(t, "Procédure de vote du budget") is None


def test_caption_word_is_no_participant():
    t = ingest_text(VOTES, "pv.txt")
    names = {s.name for s in speakers_of(t, everyone=True)}
    assert not names & {"Table", "Tableau"}


def test_label_of_a_person_still_holds():
    # near miss: a speaker label whose name merely starts like a caption word is still a person's turn
    text = "Tablier: oui, je suis d'accord.\nMarie: moi aussi.\nTablier: alors on vote.\n"
    t = ingest_text(text, "t.txt")
    assert speaker_at(t, "alors on vote") == "Tablier"
