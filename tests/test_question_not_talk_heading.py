"""A labelled line that asks something ("MARY: Yeah, and that was given by Seth Vargo, right?") is a turn, not a talk's
heading ("Title, given by Name"): a talk's heading does not end with a question mark. Each rule on a small text written
for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PODCAST = """JOHN: Hello there, this is the show about clouds.

MARY: Thanks for having me here today.

JOHN: Great to have you, we saw many talks this week.

MARY: Yeah, and that was given by Seth Vargo, right?

JOHN: Yes indeed, it was a great talk about secrets.
"""

# a talk's heading on a line of its own: still a heading, whose talk is reported below it
NOTES = """Conference notes.

Secrets management in practice, given by Seth Vargo

He showed how to rotate keys without downtime and why it matters.
"""


def test_question_with_by_name_is_the_labelled_turn():
    t = ingest_text(PODCAST, "podcast.txt")
    assert speaker_at(t, "that was given by Seth Vargo") == "MARY"


def test_talk_heading_with_given_by_still_a_heading():
    t = ingest_text(NOTES, "notes.txt")
    assert speaker_at(t, "He showed how to rotate keys") == "Seth Vargo"
