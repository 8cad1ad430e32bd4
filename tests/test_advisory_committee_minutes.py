"""An advisory committee's minutes title its members "Member" before the surname ("Member Kattouw pointed out…"),
and lead the public's remarks with the item ("Public Comment: Mr. David Cary said that…"): the member speaks, and
the person after the item, not a speaker called "Public Comment"."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Meeting Minutes: September 21, 2017

Christopher Jerdonek, Chair

Roan Kattouw

Tony Wasserman

Chair Jerdonek called the meeting to order at 6:02 p.m.

Member Kattouw pointed out a couple of mistakes in the draft.

Member Wasserman asked if we might set a requirement for the contractor.

Public Comment: Mr. David Cary said that the earlier audit process did involve re-scanning ballots.

He further talked about incorporating ballot adjudication as a component.

Ms. Mirka Morales spoke of her observations from the March 2016 primary.

Member Wasserman gave a short review of his report to the Elections Commission.
"""


def _minutes():
    return ingest_text(MINUTES, "minutes.md")


def test_member_title_before_a_surname_speaks():
    assert "Kattouw" in speaker_at(_minutes(), "couple of mistakes")


def test_public_comment_item_is_no_speaker():
    assert speaker_at(_minutes(), "re-scanning ballots") == "David Cary"


def test_public_comment_is_nobody():
    assert "Public Comment" not in [p.name for p in _minutes().participants]


def test_spoke_of_is_a_verb_of_saying():
    assert speaker_at(_minutes(), "March 2016 primary") == "Mirka Morales"


def test_gave_a_short_review_is_a_members_report():
    assert "Wasserman" in speaker_at(_minutes(), "his report to the Elections")
