"""The English pronoun "I" marks the note-taker's own sentence in talk notes, but a capital I inside a Spanish or
French abbreviation ("I+D", "R&D" in Spanish) is no pronoun. Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def test_an_i_inside_an_abbreviation_is_no_note_taker():
    doc = ("Crónica de la jornada\n\nCharla de Nuria Rico\n\nEn su presentación, Nuria nos ha mostrado datos del "
           "personal de investigación e I+D en diferentes áreas. En la administración pública el porcentaje está igualado.\n")
    assert speaker_at(ingest_text(doc, "cronica.txt"), "En su presentación") == "Nuria Rico"


def test_near_miss_i_before_a_verb_is_the_note_taker():
    doc = ("Notes from the build summit\n\nCaching at scale - Jane ROE\n\nCache keys must include the compiler version. "
           "I think the slides are worth a second look.\n")
    assert speaker_at(ingest_text(doc, "notes.txt"), "I think the slides") is None
