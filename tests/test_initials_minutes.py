"""Minutes that write each speaker by the initials of the attendance list ("LR asked the group…", "DO clarified…")
and, in a later session, label turns with the same initials and a colon ("LR: We have thus dealt…"). The initials
with their past-tense verb are reported speech, not a label that lost its colon; the record's own lines ("Some
discussion followed…", "LR: What are the opinions of people outside the consortium on this question?

General agreement that…") are nobody's. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Draft minutes of the council meeting

Attendees:

* Lou Burnard (LB)
* Kevin Hawkins (KH)
* Daniel O'Donnell (DoD)
* Sebastian Rahtz (SR)
* Laurent Romary (LR) - chair

Review of the symposium

LR asked the group to consider what implications these points have for the council. DO clarified a point raised about open-source publication and anti-trust concerns. SR asked whether, in doing so, we would be re-creating the tagset of the library.

LR noted that several projects are trying to create a customization for publishers. Some discussion followed about the advisability of putting out a call for volunteers. KH argued that we will only get buy-in if publishers see a benefit.

Lou continued that this leaves the problem of handling hyphenation of words across line breaks.

Afternoon session

LR: We have thus dealt with all of the amber bugs and feature requests.

LB: We had two ways of noting the canonical home of an item in the guidelines.

DO: proposes a small working group, but this proposal was not met with enthusiasm.

LR: Would like to treat the deprecation mechanisms before the break today.

LR: What are the opinions of people outside the consortium on this question?

General agreement that we need a formal way of marking the deprecation of elements.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(MINUTES, "minutes.txt"), fragment)


def test_initials_with_a_past_tense_speech_verb_are_reported_speech():
    assert _speaker("DO clarified a point raised") == "Daniel O'Donnell"


def test_the_next_initials_in_the_paragraph_take_the_turn():
    assert _speaker("re-creating the tagset of the library") == "Sebastian Rahtz"


def test_the_colon_labels_of_the_later_session_still_label():
    assert _speaker("two ways of noting the canonical home") == "Lou Burnard"


def test_some_discussion_followed_is_the_records():
    assert _speaker("advisability of putting out a call") is None


def test_general_agreement_is_the_records():
    assert _speaker("formal way of marking the deprecation") is None


def test_continued_that_is_a_speech_verb():
    assert _speaker("handling hyphenation of words") == "Lou Burnard"
