"""A research interview written with the letters "I:" (the interviewer) and "R:" (the respondent). Each rule on a small
text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

TEXT = """Interview 7

I: Thanks for joining. Can you describe a typical working day on the farm?

R: I start at five with the milking. After that it is feeding, cleaning and paperwork until noon.

I: How has the price of feed affected you?

R: It has been hard, really hard. We cut the herd by a third last winter.
"""


def test_the_interviewer_letter_opens_the_questions():
    t = ingest_text(TEXT, "en.txt")
    assert speaker_at(t, "How has the price of feed") == "I"


def test_the_respondent_keeps_the_answers():
    t = ingest_text(TEXT, "en.txt")
    assert speaker_at(t, "We cut the herd by a third") == "R"


def test_the_letter_once_is_no_label():
    text = "Notes on the plan\n\nI: the first option, which nobody liked at the time.\n\nAna Gil: We chose the second option.\n\nAna Gil: It was cheaper.\n"
    t = ingest_text(text, "en.txt")
    assert "I" not in {st.name for st in speakers_of(t)}
