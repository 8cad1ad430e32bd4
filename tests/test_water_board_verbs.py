"""Verbs of a water board's minutes: "General Manager Gray recognized the benefit…", "Rex Meurer, CHWD, … voiced
support.", "Director Sarkovich wants meetings to have an agenda…", "… prefers to specify…": the subject speaks."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Minutes of the Board Meeting

Present: Randy Marx, Misha Sarkovich, Tom R. Gray

2. Compensation for Directors

Director Sarkovich wants meetings to have an agenda approved by the Board.

General Manager Gray recognized the benefit of training and conferences.

President Marx prefers to specify the types of meetings.

Rex Meurer, Water Efficiency Supervisor for the district, voiced support.
"""


def test_wants_is_a_stance_stated():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "have an agenda") == "Misha Sarkovich"


def test_recognized_is_a_verb_of_saying():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "benefit of training") == "Tom R. Gray"


def test_prefers_is_a_stance_stated():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "types of meetings") == "Randy Marx"


def test_voiced_support_is_a_verb_of_saying():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "voiced support") == "Rex Meurer"
