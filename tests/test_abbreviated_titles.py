"""Abbreviated titles of elected members and officers ("Cllr.", "Sen.", "Rep.", "Supt.", "Dña.") before a name: the
full stop never ends a sentence, a title at a line's end is not a paragraph's end (PDF extraction puts a blank line
after every line, "… and Cllr." / "Kiely advised…"), and "Cllr. Kiely" after "Cllr. Sarah Kiely" is the same
person. A line ending in a word that is no title still ends its paragraph."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.sentences import split_spans

MINUTES = """Minutes of the meeting of the Housing Committee

Present: Mr. Rob Lowth, Ms. Anne Cronin

Item 1: Housing

Cllr. Sarah Kiely noted that the waiting list has grown again this year.

Mr. Lowth advised that the assessments are running on time this quarter.

Cllr. Kiely asked how many officers are working in the assessments team now.
"""


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


def test_a_councillor_title_keeps_its_name_in_the_sentence():
    text = "Cllr. Kiely noted the staffing shortage."
    assert _sentences(text) == [text]


def test_a_senator_title_keeps_its_name_in_the_sentence():
    text = "Sen. Roe asked about the budget."
    assert _sentences(text) == [text]


def test_a_full_stop_after_an_ordinary_word_still_ends_a_sentence():
    assert _sentences("The council met. Kiely noted the shortage.") == ["The council met.", "Kiely noted the shortage."]


def test_a_title_at_a_line_end_runs_on_to_the_name_on_the_next_line():
    assert clean("The report was read and Cllr.\n\nKiely advised her preference.\n").text == \
        "The report was read and Cllr. Kiely advised her preference."


def test_a_line_ending_in_another_word_still_ends_its_paragraph():
    assert clean("The report was read by the Clerk.\n\nKiely advised her preference.\n").text == \
        "The report was read by the Clerk.\n\nKiely advised her preference."


def test_a_title_and_surname_is_the_person_named_in_full_before():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "how many officers") == "Sarah Kiely"
