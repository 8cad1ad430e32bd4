"""Verbs of council minutes ("Cllr. Benson flagged a concern…", "Ms. Newell gave a presentation
on…"): the subject speaks. The same word as a noun ("The flags Mr. Lowth ordered…") makes nobody speak."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Minutes of the meeting of the Housing Committee

Present: Cllr. Sharon Benson, Mr. Rob Lowth, Ms. Sarah Newell

Item 1: Grants

Cllr. Benson flagged that she is receiving communication from grant applicants about high quotes.

Ms. Newell gave a presentation on the recently published Housing For All document.

Item 2: Civic offices

The flags Mr. Lowth ordered for the civic offices will be flown at half mast on Friday.
"""


def test_flagged_is_a_verb_of_saying():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "receiving communication") == "Sharon Benson"


def test_gave_a_presentation_is_a_verb_of_saying():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "recently published") == "Sarah Newell"


def test_flags_as_a_noun_makes_nobody_speak():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "half mast") is None
