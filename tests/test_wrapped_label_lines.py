"""A turn's first line, hard-wrapped at a fixed width, ends wherever the width falls: the end of that line is no
sentence end ("Alexey: … in 2005. Fast" / "forward to today …" is one sentence "Fast forward to today …"). The text
gives an end only with end punctuation, a blank line, a new label, a list item or a heading."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PANEL = """Panel transcript

Floor: Welcome everybody, we have three panelists with us today and we
will start with a short round of introductions.

Alexey: Thanks for having me! I first worked with Postgres in 2005. Fast
forward to today and I am building a document database on top of it.

Sonia: Hello everybody!
I started working with databases in 2012.

Celeste: Thank you.

Floor: One more question for the room.

Alexey: I would say packaging.

Sonia: Documentation, mostly.

Celeste: Governance, for me.
"""


def _sentences(doc: str) -> list[str]:
    t = ingest_text(doc, "panel.txt")
    return [t.text[s.start:s.end] for s in t.sentences]


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "panel.txt")
    return speaker_at(t, fragment)


def test_a_label_line_wrapped_after_one_word_runs_on_into_the_next_line():
    assert "Fast forward to today and I am building a document database on top of it." in _sentences(PANEL)


def test_a_label_line_wrapped_mid_sentence_is_one_sentence():
    assert any(s.endswith("three panelists with us today and we will start with a short round of introductions.")
               for s in _sentences(PANEL))


def test_the_run_on_words_keep_the_label_speaker():
    assert _speaker(PANEL, "forward to today") == "Alexey"


def test_a_label_line_ending_a_sentence_still_ends_it():
    # near miss: "Hello everybody!" ends with its own punctuation; the next line is its own sentence
    sentences = _sentences(PANEL)
    assert "Sonia: Hello everybody!" in sentences
    assert "I started working with databases in 2012." in sentences


def test_one_line_turns_stay_apart():
    # near miss: a whole turn on one line, then a blank line and the next label: two sentences, two speakers
    assert "Celeste: Thank you." in _sentences(PANEL)
    assert _speaker(PANEL, "One more question for the room") == "Floor"


def test_a_label_alone_on_its_line_is_not_joined_to_the_words_after_it():
    doc = "Minutes\n\nAttendees:\nAnna Berg\nOmar Haddad\n\nAnna: The budget is ready for review.\n"
    sentences = _sentences(doc)
    assert "Attendees:" in sentences
    assert not any("Attendees: Anna" in s for s in sentences)
