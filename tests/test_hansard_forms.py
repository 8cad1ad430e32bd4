"""Forms of a provincial Hansard: labels with a middle initial ("Hon. Mary T. Lowe: …"), the sitting's clock stamps
("1040") amid a turn, a turn cut off by an em dash, an office "The Speaker" whose article names no one, an owner's
possessive ("Mr. Reid's salary was reported") that says nothing. One behaviour per test, with near misses."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import CUT_OFF_END, DOT_LABEL, HANSARD_CLOCK_LINE

QUESTIONS = """Oral Questions

Mr. Owen Hale: My question is for the Premier. Will the government lower the fees?

Hon. Mary T. Lowe: We have lowered them twice this year. We will do more.

Mr. Owen Hale: The fees went up in March. The auditor has said that the plan fails.

Hon. Mary T. Lowe: The plan works for families across the province.

1040

We are proud of what it has done so far.

The Speaker (Hon. Ray Dunn): Supplementary?

Hon. Paul J. Ferris: Let me add one thing.

The new law says no bonuses—

The Speaker (Hon. Ray Dunn): Thank you.

Mr. Owen Hale: A last word on the utility.

Hon. Paul J. Ferris: As the minister said, Mr. Reid's salary was reported in the list. It is all public.

1050

Mr. Owen Hale: Thank you.
"""


def test_middle_initial_label_keeps_the_whole_name():
    t = ingest_text(QUESTIONS, "hansard.txt")
    assert speaker_at(t, "We have lowered them") == "Mary T. Lowe"
    assert speaker_at(t, "Let me add one thing") == "Paul J. Ferris"


def test_middle_initial_and_colon_is_no_dotted_label():
    assert DOT_LABEL.match("Hon. Mary T. Lowe: We have lowered them twice.") is None
    assert DOT_LABEL.match("M. Julien Aubert. Nous avons voté.") is not None  # the dotted form itself


def test_article_of_an_office_names_no_one():
    t = ingest_text(QUESTIONS, "hansard.txt")
    assert speaker_at(t, "The auditor has said") == "Owen Hale"


def test_possessive_name_before_a_verb_does_not_speak():
    t = ingest_text(QUESTIONS, "hansard.txt")
    assert speaker_at(t, "salary was reported") == "Paul J. Ferris"
    assert not any(p.name.startswith("Reid") for p in t.participants)


def test_rising_clock_stamps_do_not_end_the_turn():
    t = ingest_text(QUESTIONS, "hansard.txt")
    assert speaker_at(t, "We are proud of what") == "Mary T. Lowe"


def test_clock_stamp_shapes():
    assert HANSARD_CLOCK_LINE.match("1050") and HANSARD_CLOCK_LINE.match("(1105)")
    assert not HANSARD_CLOCK_LINE.match("1075") and not HANSARD_CLOCK_LINE.match("2500")
    assert not HANSARD_CLOCK_LINE.match("10500")


def test_falling_numbers_are_no_clock():
    text = QUESTIONS.replace("1050", "1020")
    t = ingest_text(text, "hansard.txt")
    assert speaker_at(t, "We are proud of what") is None


def test_turn_cut_off_by_an_em_dash_is_the_speakers():
    t = ingest_text(QUESTIONS, "hansard.txt")
    assert speaker_at(t, "The new law says no bonuses") == "Paul J. Ferris"
    assert CUT_OFF_END.search("says no bonuses—")
    assert not CUT_OFF_END.search("That the House —")  # a dash after a space announces what follows
