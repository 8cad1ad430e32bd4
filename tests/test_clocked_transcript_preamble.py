"""A transcript whose turns open with a clock: the label-like lines before its first clocked turn are its title and
the editor's notes ("City Council, Committee of the Whole: Oversight…", "CLEAN EDITION, generated…, then:"), nobody's
turn; a speaker who talks before the clock starts and again after it keeps that first turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PREAMBLE = """City Council, Committee of the Whole: Oversight - Examining the Risks of Artificial Intelligence
Hearing date: 2026-10-05, City Hall.
CLEAN EDITION, generated 2026-10-06. Machine transcript, then:
  - fillers and false starts removed; punctuation fixed
  - proper nouns corrected where context made them certain

[00:01:43] Sergeant-at-Arms: Quiet, please. Good morning and welcome.

[00:02:10] Chair Jane Roe: Good morning. We begin with the panel.

[00:03:00] John Smith: Thank you for having me here today.

[00:04:10] Chair Jane Roe: Thank you. Next witness, please.

[00:05:20] Ann Lee: I worked on safety evaluations for three years.

[00:06:30] Chair Jane Roe: Thank you, we will take questions now.
"""

EARLY = """Jane Roe: Before we start the recording, welcome everyone to the hearing.

""" + PREAMBLE.split("\n\n", 1)[1].replace("Chair Jane Roe", "Jane Roe")


def test_the_title_line_is_nobodys():
    assert speaker_at(ingest_text(PREAMBLE, "hearing.txt"), "Examining the Risks") is None


def test_the_editors_notes_are_nobodys():
    assert speaker_at(ingest_text(PREAMBLE, "hearing.txt"), "fillers and false starts removed") is None


def test_a_speaker_before_the_clock_starts_keeps_the_turn():
    assert speaker_at(ingest_text(EARLY, "hearing.txt"), "Before we start the recording") == "Jane Roe"
