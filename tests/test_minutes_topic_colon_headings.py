"""Minutes with an attendance list, where an agenda heading is written "Topic : subtitle" on a paragraph of its own
("Révision du PLU : point d'avancement", "Piscine Elisabeth : plus accueillante pour les familles"): no speaker
label, so the last speaker's run ends there and no person is made of the topic. A label never ends on a particle
("Révision du" once the capitals are dropped). Each test on a small text written for it (one behaviour per test;
the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

CR = ("Compte rendu de la réunion du conseil de quartier\n\nPrésents : Jeanne Roux (élue), Paul Martin\n\n"
      "Marché du samedi\n\nJeanne Roux rappelle que le marché reste place Verte. Les horaires ne changent pas.\n\n"
      "{heading}\n\nLe bassin ferme deux semaines en août. Les écoles seront prévenues.\n")


def test_topic_colon_subtitle_is_a_heading():
    t = ingest_text(CR.format(heading="Bassin Lumière : plus accueillant pour les familles"), "cr.txt")
    assert speaker_at(t, "Le bassin ferme") is None


def test_topic_colon_subtitle_makes_no_person():
    t = ingest_text(CR.format(heading="Bassin Lumière : plus accueillant pour les familles"), "cr.txt")
    assert all("Lumière" not in p.name for p in t.participants)


def test_listed_person_with_lower_case_words_keeps_the_turn():
    # near miss: the listed Paul Martin on a line of his own is a turn, whatever the case of his words
    t = ingest_text(CR.format(heading="Paul Martin : pas d'objection sur ce point"), "cr.txt")
    assert speaker_at(t, "pas d'objection") == "Paul Martin"


def test_topic_with_a_full_stop_is_not_taken_for_a_heading():
    # near miss: the words after the colon end on a full stop: a sentence, left to the label rules
    t = ingest_text(CR.format(heading="Bassin Lumière : plus accueillant pour les familles."), "cr.txt")
    assert speaker_at(t, "Le bassin ferme") is not None


def test_label_ending_on_a_particle_is_no_name():
    assert parse_label("Révision du") is None
    assert parse_label("Jean du Pont") is not None  # near miss: the particle inside the name
