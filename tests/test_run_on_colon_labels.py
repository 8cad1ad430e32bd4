"""Notes that run a quick exchange into one paragraph, the next speaker's colon label right after the sentence that
ended the turn before ("… chunk grids. Alistair: all feel that…"): the label opens that person's turn where it stands
when the name is one of the people listed as present or labelled at a line's head. A word that names no one ("Note:"),
a name nobody in the document bears, or a label after anything but a sentence's end leaves the sentence to the turn
it is in. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Community call

Attendees: Alistair Miles, John Kirk, Ryan Abe, Stephan Saal

Stephan: We need a process for the spec. Could start with use cases. Alistair: all feel that the spec needs some
iteration. Can work through it together. Ryan: giving large organisations a voice matters. Alistair: keeping it
hackable is the goal.

John: Compare other models. Note: the governance doc is linked below. Apache has one too.

Ryan: Look at Jupyter. Maria: they wrote it down already.

Stephan: The ratio is 3:1 in favour of the block API, as Alistair: noted.
"""


def _t():
    return ingest_text(NOTES, "call.txt")


def test_run_on_label_of_a_listed_person_opens_a_turn():
    assert speaker_at(_t(), "all feel that the spec") == "Alistair Miles"


def test_run_on_turn_goes_on_after_its_first_sentence():
    assert speaker_at(_t(), "Can work through it together") == "Alistair Miles"


def test_run_on_label_of_a_labelled_person_opens_a_turn():
    assert speaker_at(_t(), "giving large organisations") == "Ryan Abe"


def test_run_on_turn_ends_at_the_next_run_on_label():
    assert speaker_at(_t(), "keeping it hackable") == "Alistair Miles"


def test_a_field_word_run_on_is_no_turn():
    assert speaker_at(_t(), "the governance doc is linked") == "John Kirk"


def test_a_name_nobody_in_the_document_bears_is_no_turn():
    assert speaker_at(_t(), "they wrote it down already") == "Ryan Abe"


def test_a_label_amid_a_sentence_is_no_turn():
    assert speaker_at(_t(), "in favour of the block API") == "Stephan Saal"
