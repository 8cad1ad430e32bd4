"""A conference video's transcript writes a timecode with its frames on a line of its own over the next turn
("00:47:41:70" / "Attendee 3: …"): the timecode never runs into the label, so the turn is read. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PANEL = """Bradley: Welcome to the panel on license tools today.

Max: Thanks, I am a lawyer at a large company.

00:47:41:70
Attendee 1: There is basically one burning question with everything I heard now.

Bradley: OK. Philippe, what do you think about that?

00:48:41:70
Attendee 2: How do you deal with MIT and BSD compliance?

Max: Hard to say in general, it depends on the project.
"""


def test_a_turn_under_a_timecode_is_read():
    assert speaker_at(ingest_text(PANEL, "panel.txt"), "one burning question") == "Attendee 1"


def test_the_turn_after_it_is_read_too():
    assert speaker_at(ingest_text(PANEL, "panel.txt"), "How do you deal with MIT") == "Attendee 2"
