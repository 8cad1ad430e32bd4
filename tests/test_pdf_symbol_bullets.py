"""Bullets of the Symbol and Wingdings fonts, which PDF extraction gives as private-use characters (U+F0B7, U+F0A7,
U+F0D8 …): read as the bullet "•", so a point that opens with one still opens with its speaker's name. Other
private-use characters are left as they are."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean

MINUTES = """Minutes of the meeting of the Housing Committee

Present: Ms. Sarah Newell, Mr. Rob Lowth

A discussion took place and the main points were:

\uf0b7 Mr. Lowth noted the staffing issue in assessments and flagged it would be rectified soon.

\uf0b7 Ms. Newell advised that the plan is the only replacement for the old scheme.
"""


def test_a_symbol_font_bullet_is_read_as_a_bullet():
    assert clean("\uf0b7 Ms. Newell noted the targets.").text == "• Ms. Newell noted the targets."


def test_another_private_use_character_is_kept():
    assert clean("\ue000 Ms. Newell noted the targets.").text == "\ue000 Ms. Newell noted the targets."


def test_the_name_after_a_symbol_font_bullet_speaks():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "the only replacement") == "Sarah Newell"
