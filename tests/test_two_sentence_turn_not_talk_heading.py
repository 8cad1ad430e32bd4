"""A "Name (NN): words" paragraph that holds two sentences, the last without its stop, is a turn, not a talk's
title, even in notes whose talks have "Topic - Presenter" headings: a title is one phrase."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Working group minutes

Slide 7

Tommy Pauly, as individual: I like having this,

Martin Thomson (MT): this should not be normative, but we should still do it. Should also improve the text to explain why GET is best

Lucas Pardue: GET can have a body

HTTP Server Secondary Cert Auth - Eric Gorbaty

Slide 3

Erik Nygren: It is useful to know when a connection was coalesced.
"""


def test_two_sentences_after_a_label_are_a_turn():
    assert speaker_at(ingest_text(NOTES, "notes.txt"), "this should not be normative") == "Martin Thomson"


def test_the_second_sentence_stays_with_the_label():
    assert speaker_at(ingest_text(NOTES, "notes.txt"), "Should also improve the text") == "Martin Thomson"


LATER = NOTES.replace("Erik Nygren: It is useful to know when a connection was coalesced.",
                      "Eric Gorbaty (Eric G): Not a great answer for how to do that, let's take offline")


def test_a_label_declaring_its_short_form_opens_a_turn():
    assert speaker_at(ingest_text(LATER, "notes.txt"), "Not a great answer for how") == "Eric Gorbaty"
