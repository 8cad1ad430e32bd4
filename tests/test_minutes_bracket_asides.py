"""Reported minutes: the note-takers' aside in square brackets, whole sentences at a sentence start ("[La soirée a été
retransmise en direct… Voici les grandes lignes des échanges]."), is the writer's, nobody's, and ends the turn of
whoever was reported last; a short bracketed note inside a sentence is not one. Each test on a small text written for
it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CR = """Compte rendu de la plénière du collectif

Louise Martin a présenté le processus de désignation. {aside} Sur cinq noms proposés, trois ont été retenus.
"""

ASIDE = ("[La soirée a été retransmise en direct, et suivie par plus de 600 personnes. Nous n’avons pas pris en note "
         "de manière exhaustive le contenu des débats.]")


def test_bracketed_aside_is_nobodys():
    t = ingest_text(CR.format(aside=ASIDE), "cr.txt")
    assert _speaker(t, "[La soirée a été retransmise") is None
    assert _speaker(t, "Nous n’avons pas pris en note") is None


def test_aside_ends_the_reported_turn():
    t = ingest_text(CR.format(aside=ASIDE), "cr.txt")
    assert _speaker(t, "Sur cinq noms proposés") is None


def test_short_bracketed_note_is_no_aside():
    # near miss: a short note in brackets leaves the turn as it was
    t = ingest_text(CR.format(aside="Elle a ajouté [voir annexe] que le vote aura lieu en janvier."), "cr.txt")
    assert _speaker(t, "Elle a ajouté") == "Louise Martin"
