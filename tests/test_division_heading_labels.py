"""A division of a bill or a report with its number ("Part II.- Imposition of Tax.", "Título II.- De los derechos",
"Chapitre 3 : …") looks like a dashed speaker label or a capitalised name, but it is a heading: no speaker. A name
that only starts like such a word ("El señor PARTIDA.-") is still a label. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label
from quidit.ingest.lexicon import DIVISION_HEADING

BILL = """MR CHAIRMAN: We will now deal with the Parts.

HON. A. ROE: Thank you, Mr Chairman. We support the Bill as reported by the Select Committee.

MR CHAIRMAN: The question is that Part I stands part of the Bill.

Motion agreed to

Part II.- Imposition of Tax. Clauses 10 and 11 of the Bill as printed.

The question is:

Motion agreed to
"""


def test_a_bill_part_is_no_speaker():
    t = ingest_text(BILL, "bill.txt")
    assert speaker_at(t, "Part II.- Imposition of Tax.") is None
    assert all(p.name != "Part II" for p in t.participants)


def test_divisions_in_three_languages_are_headings():
    assert all(DIVISION_HEADING.match(s) for s in ("Part II", "Chapter 4", "Título II", "Chapitre IV", "Schedule 2"))


def test_divisions_are_no_labels():
    assert parse_label("Part II") is None and parse_label("Capítulo IV") is None


def test_a_name_starting_like_a_division_word_is_still_a_label():
    assert parse_label("El señor PARTIDA") is not None


def test_a_word_after_the_division_word_is_no_numeral():
    assert DIVISION_HEADING.match("Part Vi") is None and DIVISION_HEADING.match("Chapter Ivy") is None
