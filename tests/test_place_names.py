"""A run of capitalised words that opens with a place's word ("Grand Poitiers", "Greater London", "Nueva Esperanza") is
a place, never a person a later pronoun stands for. Each test on a small text written for it (one behaviour per test;
the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import TextNames


def _speaker(t, fragment):
    return speaker_at(t, fragment)


def test_place_is_not_a_pronouns_person():
    t = ingest_text("Compte rendu de la réunion\n\nLa séance a lieu dans une salle de Grand Poitiers.\n\n"
                    "Il affirme que tout est prêt pour la campagne.\n", "cr.txt")
    assert _speaker(t, "Il affirme") is None
    assert "Grand Poitiers" not in {p.name for p in t.participants}


def test_surname_after_a_first_name_is_still_a_name():
    # near miss: the place word as a surname, not the first word
    t = ingest_text("Compte rendu de la réunion\n\nLa séance a lieu chez Jean Grand.\n\n"
                    "Il affirme que tout est prêt pour la campagne.\n", "cr.txt")
    assert _speaker(t, "Il affirme") == "Jean Grand"


def test_place_leads_in_each_language():
    names = TextNames.of("x", [0])
    for run in ("Grand Poitiers", "Greater London", "Nueva Esperanza"):
        assert names.name_at(run) is None, run
