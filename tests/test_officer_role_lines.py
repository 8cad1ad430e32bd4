"""A "Title: Name" line whose words are only one listed person's name ("Facilitator: TC" under "Meeting roles", TC in
the members' list) names the meeting's officer: no turn, and the person takes the role. One behaviour per test, with a
near miss where the title opens a real turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

MINUTES = """Council meeting 2025-03-14

Attendance

Council members: Eric Huss, TC, Mara Bos, Mark

Meeting roles

Facilitator: TC
Minutes: Mark

Agenda

TC: Seeing no objections, the agenda is approved.
Mara Bos: I have one announcement.
"""


def test_role_line_naming_a_member_is_no_turn():
    t = ingest_text(MINUTES, "m.txt")
    assert speaker_at(t, "Facilitator: TC") is None


def test_role_is_not_a_second_speaker():
    t = ingest_text(MINUTES, "m.txt")
    assert "Facilitator" not in {s.name for s in speakers_of(t)}


def test_member_takes_the_role():
    t = ingest_text(MINUTES, "m.txt")
    tc = next(p for p in t.participants if p.name == "TC")
    assert tc.role == "Facilitator"


def test_role_label_with_words_is_a_turn():
    # near miss: "Facilitator: Agreed, let us move on." names nobody listed: the facilitator speaks
    t = ingest_text(MINUTES.replace("Facilitator: TC", "Facilitator: Agreed, let us move on."), "m.txt")
    assert speaker_at(t, "Agreed, let us move on") is not None
