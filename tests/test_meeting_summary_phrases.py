"""A project's meeting summaries: "Meeting Cadence" over the next meeting's date and "Adjournment" over its close
are the record's parts, no people;
"All in attendance were pleased…" and "Conversation ensued on…" are the meeting's, nobody's in particular; "Mr.
Edelsohn brought forth the idea of…" is his. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Open Mainframe Project


David Edelsohn, IBM

Phil Tully, CA Technologies

John Mertic, Linux Foundation

Dale Hoffman, IBM

(voting members denoted by asterisks)

Mr. Mertic opened the meeting at 1:05pm.

Mr. Tully said that the first projects had been accepted by the community.
All in attendance were pleased to hear this and thanked the contributors for their work.
Mr. Edelsohn brought forth the idea of using some of the developer time for the test infrastructure.
Conversation ensued on the whether the project should focus on the new architecture first.

Meeting Cadence

The next meeting of the TSC was scheduled for July 14th, 2016 at
11am Eastern Time.

Adjournment

Mr. Mertic closed the meeting at 1:46pm Eastern Time.

Meeting Cadence

The next meeting of the TSC was scheduled for August 11th, 2016 at
11am Eastern Time.

Adjournment

Mr. Mertic closed the meeting at 1:52pm Eastern Time.
"""


def test_meeting_cadence_and_adjournment_are_no_people():
    t = ingest_text(MINUTES, "minutes.md")
    assert not {"Meeting Cadence", "Adjournment"} & {p.name for p in t.participants}


def test_all_in_attendance_is_nobody_in_particular():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "All in attendance were pleased") is None


def test_bringing_forth_an_idea_is_speech():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "using some of the developer time") == "David Edelsohn"


def test_a_conversation_ensuing_is_nobody_s():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "Conversation ensued on the whether") is None
