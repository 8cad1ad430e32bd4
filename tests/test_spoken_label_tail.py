"""A line that opens "So, my question is: …" in a turn is the speaker's sentence, not a "NAME, TITLE:" label: the words
after its comma are a sentence's (a first-person word or a copula in lower case). One behaviour per test, with near
misses."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

TURNS = """Panel on the city budget

MS. GRAY:  Welcome, everyone.  We begin with the budget tonight.

MR. STONE:  Thank you.  I have been looking at the numbers for a month now.

So, my question is: why did the road repairs cost twice what the plan said last year?

MS. GRAY:  The contractor went over budget twice.

MR. STONE:  And the parks?

So, what I want to know is: when will the new parks open to the public at last?

MS. GRAY:  Next spring, if the weather lets us.
"""


def test_sentence_up_to_a_colon_stays_in_the_turn():
    t = ingest_text(TURNS, "panel.txt")
    assert speaker_at(t, "why did the road repairs cost") == "Mr. Stone"


def test_copula_after_the_comma_is_no_title():
    assert parse_label("So, my question is") is None
    assert parse_label("Bueno, mi pregunta es") is None
    assert parse_label("Alors, ma question est") is None


def test_name_and_title_is_still_a_label():
    lab = parse_label("Jane Roe, UN Secretary-General")
    assert lab is not None and lab.core == "Jane Roe"
    lab = parse_label("Ana Gil, jefa de prensa")
    assert lab is not None and lab.core == "Ana Gil"
