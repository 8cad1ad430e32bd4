"""A parliament's record converted from PDF keeps each page's running head and foot as paragraphs of their own ("Page
3", the journal's page number, the sitting's date), often inside a turn or a sentence: they are nobody's words and the
turn goes on after them. A lone number or a lone date is no page break. A mixed-case "Whereas" amid a paragraph is the
speaker's conjunction, not a recital. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.lines import scan_lines
from quidit.ingest.page_furniture import page_furniture

RECORD = """COMMITTEE OF SUPPLY

MR SPEAKER: The Honourable Member for the North.

HON. T. MARAMA: Thank you, Mr Speaker. The harbour works have been promised to the outer islands for many years. I am

Page 4

12 March 2003

1041

told the contract was never signed by the department in all that time. The fishermen still wait for a safe landing.

The boats are bigger now and the old reef passage is too narrow for them in any weather. Whereas the traders, who use the main wharf every week, have had three new berths since the last election.

MR SPEAKER: Thank you Honourable Member.
"""


def _record(doc: str = RECORD):
    return ingest_text(doc, "hansard.txt")


def _furniture(doc: str) -> list[str]:
    ct = clean(doc)
    units = scan_lines(ct)
    return [ct.text[units[k].start:units[k].end] for k in sorted(page_furniture(ct.text, units))]


def test_page_break_lines_are_found():
    assert _furniture(RECORD) == ["Page 4", "12 March 2003", "1041"]


def test_page_break_lines_are_nobodys():
    t = _record()
    assert speaker_at(t, "Page 4") is None and speaker_at(t, "1041") is None


def test_turn_goes_on_after_the_page_break():
    assert speaker_at(_record(), "The fishermen still wait for a safe landing") == "T. Marama"


def test_turn_goes_on_over_the_next_paragraphs():
    assert speaker_at(_record(), "The boats are bigger now") == "T. Marama"


def test_whereas_amid_a_paragraph_is_the_speakers_conjunction():
    assert speaker_at(_record(), "Whereas the traders, who use the main wharf") == "T. Marama"


def test_whereas_opening_a_line_is_still_a_recital():
    doc = RECORD.replace("MR SPEAKER: Thank you Honourable Member.",
                         "Whereas the Assembly has considered the estimates of the Ministry of Marine Resources.\n\n"
                         "MR SPEAKER: Thank you Honourable Member.")
    assert speaker_at(_record(doc), "Whereas the Assembly has considered") is None


def test_a_lone_number_is_no_page_break():
    assert _furniture("Jane Roe: We counted the ballots twice.\n\n12\n\nThe result stands as read.\n") == []


def test_a_lone_date_is_no_page_break():
    assert _furniture("Jane Roe: The sitting is closed.\n\n13 March 2003\n\nJohn Doe: The sitting is open.\n") == []


def test_page_word_alone_is_a_page_break():
    assert _furniture("Jane Roe: We counted the ballots twice and\n\nPage 2\n\nthe result stands as read.\n") == ["Page 2"]


def test_a_sentence_with_a_date_is_no_page_break():
    assert _furniture("Jane Roe: We met on 12 March 2003.\n\nPage 2 of the report is missing.\n") == []
