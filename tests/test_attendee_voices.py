"""A panel transcript labels the people who ask from the room by a numbered noun ("Attendee 1:", "Attendee 2:"):
each is a voice of its own, like "Speaker 1:", not words of the panellist before. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PANEL = """Panel on license compliance tools

Bradley Kuhn: Welcome, everyone, to the panel on license compliance tools.
Max Sills: Thanks, Bradley. I am a lawyer, and I use these tools every week.
Bradley Kuhn: Let us take questions from the room now.
Attendee 1: There is basically one burning question with everything I have heard now.
Max Sills: That is a good question, and the answer depends on your company.
Attendee 2: How do you deal with MIT and BSD compliance in your tools?
Bradley Kuhn: Philippe, would you take that one?
Attendee 3: Where can a small company find information on which tool fits?
Bradley Kuhn: We are out of time, so thank you all for coming.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(PANEL, "panel.txt"), fragment)


def test_an_attendee_label_is_a_voice_of_its_own():
    assert _speaker("one burning question") == "Attendee 1"


def test_each_numbered_attendee_is_a_voice_of_its_own():
    assert _speaker("How do you deal with MIT") == "Attendee 2"


def test_the_panellist_after_the_attendee_speaks_again():
    assert _speaker("That is a good question") == "Max Sills"
