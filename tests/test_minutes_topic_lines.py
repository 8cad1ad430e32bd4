"""Reported minutes (a compte rendu, minutes in prose, no speaker labels): a short line of its own before a blank line
("Sur le lien aux partis politiques.", "Quel rôle pour la tête de liste ?", "On the travel budget.") is a topic heading,
nobody's words, and ends the turn of whoever was reported last. Each test on a small text written for it (one
behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CR = """Compte rendu de la plénière du collectif

Marie Dupont a rappelé que le principal problème était le manque de disponibilité. Elle s’est engagée à démissionner.
{line}

Les débats ont été extrêmement longs.
"""


def test_short_line_before_a_blank_line_is_a_heading():
    t = ingest_text(CR.format(line="Sur le lien aux partis politiques."), "cr.txt")
    assert _speaker(t, "Sur le lien aux partis") is None


def test_the_heading_ends_the_reported_turn():
    t = ingest_text(CR.format(line="Sur le lien aux partis politiques."), "cr.txt")
    assert _speaker(t, "Les débats ont été") is None


def test_question_paragraph_is_a_heading():
    t = ingest_text("Minutes of the community meeting\n\nLouise Martin opened the evening and explained the process.\n\n"
                    "What budget for the next year?\n\nThe groups discussed the role in small circles.\n", "m.txt")
    assert _speaker(t, "What budget for the next year") is None


def test_short_line_naming_someone_is_no_heading():
    # near miss: a short last line with the reported person's pronoun and speech verb goes on being hers
    t = ingest_text(CR.format(line="Elle a ajouté qu’elle restait."), "cr.txt")
    assert _speaker(t, "Elle a ajouté") == "Marie Dupont"


def test_last_line_of_the_text_is_no_heading():
    # near miss: a short line that ends the text closes the reported turn's words, it heads nothing
    t = ingest_text("Compte rendu de la plénière\n\nMarie Dupont a rappelé que le budget est serré.\nLe vote aura lieu en janvier.\n",
                    "cr.txt")
    assert _speaker(t, "Le vote aura lieu") == "Marie Dupont"
