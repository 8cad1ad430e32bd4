"""A director's blog post recollecting a board meeting: a person introduced in full, then named by first name alone
("Maria moved on to give an update…"), others named only once by first name ("… was raised and Tomas felt that…",
"Briefly, Ravi introduced…"), and the writer's own narration of the room between them ("Several board members
objected…", "There was heated debate…", "Feedback from board members was…"), which is nobody's, not the last
speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DOC = """June 3 Example Foundation Board Meeting

The board of directors met in person before the spring conference. These are my own informal notes of the meeting, not an official record.

Budget

After the preliminaries we began with Maria Lindqvist (as treasurer) giving the board a report on the accounts. Maria explained that the reserve now covers two years of running costs. Some board members asked for the reserve policy to be written down. On the policy itself, several board members objected that it had never been discussed. There was heated debate on the size of the reserve.

It was agreed to review the policy in October. One comment from Maria started a long exchange - that the conference could be moved to a cheaper city. It was agreed to keep the venue.

Sponsorship

Maria moved on to give an update on the sponsorship tiers the foundation sells to companies. The four tiers had become hard to sell, so the foundation merged them into two. Maria said the change had been welcomed.

There followed some debate on whether existing sponsors keep their tier. Maria added that sponsors had been told. All were agreed that the change should apply from next year.

Mentoring

The conversation turned to the mentoring scheme. During the discussion, the example of the documentation team was raised and Tomas felt that the scheme should pair every newcomer with a reviewer. Maria noted that mentors had asked for this.

One point that emerged from the discussion was that mentors need time set aside for it.

Outreach

Briefly, Ravi introduced the outreach survey his team is preparing for the conference. Maria said the survey was overdue.

Feedback from board members was warm, with most of the questions about how the results would be shared.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(DOC, "board-notes.txt"), fragment)


def test_some_board_members_after_an_opening_phrase_are_nobody():
    assert _speaker("several board members objected") is None


def test_a_heated_debate_is_the_room_not_the_last_speaker():
    assert _speaker("There was heated debate") is None


def test_a_debate_that_followed_is_nobody():
    assert _speaker("There followed some debate") is None


def test_all_were_agreed_is_the_group():
    assert _speaker("All were agreed that") is None


def test_a_comment_from_a_person_is_that_person_s():
    assert _speaker("One comment from Maria") == "Maria Lindqvist"


def test_moved_on_to_give_an_update_is_a_speech_verb():
    assert _speaker("Maria moved on to give an update") == "Maria Lindqvist"


def test_a_first_name_opening_a_clause_after_and_speaks():
    assert _speaker("raised and Tomas felt") == "Tomas"


def test_a_first_name_after_an_opening_adverb_speaks():
    assert _speaker("Briefly, Ravi introduced") == "Ravi"


def test_feedback_from_board_members_is_nobody():
    assert _speaker("Feedback from board members") is None


def test_what_emerged_from_the_discussion_is_nobody():
    assert _speaker("emerged from the discussion") is None
