"""Transcripts whose turns are labelled with lower-case IRC nicks ("stark: …", "adam3us: …"), each rule on a small
text written for the test: the nicks are read as turns when they are the document's label style, and resolved to
the one listed person they fit; lower-case words that are never people stay text."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

INTERVIEW = """Interview Ada Lovelace Grace Hopper

transcript_by: Charles Babbage

speakers: Ada Lovelace, Grace Hopper

date: 2019-05-04

hopper: Thank you Tom. We are glad to have Ada Lovelace with us today on this stage.

ada1815: Thank you for inviting me to speak here today.

hopper: How did you first come to write programs for the engine?

ada1815: I read the notes on the machine and I wanted to show what it could compute.

zed: Can I ask a question from the floor about the notes?

hopper: Let us keep the questions from the floor for the end.

zed: Of course, I will wait for the end then.
"""


@pytest.fixture(scope="module")
def interview():
    return ingest_text(INTERVIEW, "nicks.txt")


def _speaker(t, fragment):
    return speaker_at(t, fragment)


@pytest.mark.parametrize("fragment,speaker", [
    ("We are glad to have Ada Lovelace", "Grace Hopper"),
    ("Thank you for inviting me", "Ada Lovelace"),
    ("I read the notes on the machine", "Ada Lovelace"),
    ("Can I ask a question from the floor", "zed"),
], ids=["surname-nick", "first-name-digits-nick", "second-turn", "unlisted-nick-stays"])
def test_lower_case_nick_label_is_a_turn(interview, fragment, speaker):
    assert _speaker(interview, fragment) == speaker


@pytest.mark.parametrize("fragment", ["transcript_by: Charles Babbage", "speakers: Ada Lovelace, Grace Hopper"],
                         ids=["transcript-by", "speakers"])
def test_front_matter_lines_are_not_speech(interview, fragment):
    assert _speaker(interview, fragment) is None


def test_people_are_the_listed_names(interview):
    names = {p.name for p in interview.participants if any(s.speaker == p.name for s in interview.sentences)}
    assert names == {"Grace Hopper", "Ada Lovelace", "zed"}


# lower-case words before a colon that are not the document's label style
NOT_NICKS = {
    "note-todo-update": ("The garden report for this spring.\n\nnote: the pumps were repaired in May.\n\n"
                         "todo: buy a rain sensor for the pumps.\n\nnote: the timer was changed as well.\n\n"
                         "todo: ask the other site for a sensor.\n\nupdate: the sensor arrived today.\n\n"
                         "update: the sensor works now.\n", "the pumps were repaired"),
    "one-label-only": ("The garden report for this spring.\n\nbob: the pumps were repaired in May.\n\n"
                       "The timer was changed as well.\n\nbob: the sensor works now.\n", "the pumps were repaired"),
    "list-items": ("Changes merged this week.\n\n* deps: update the timer library.\n\n* doc: fix the guide.\n\n"
                   "deps: update the timer library.\n\ndoc: fix the guide.\n", "fix the guide"),
    "word-of-the-prose": ("We spoke of water and then of sun.\n\nwater: we need more of it in the beds.\n\n"
                          "sun: the beds get too much of it.\n\nwater: the water comes from the well, and water is scarce.\n\n"
                          "sun: the sun is strong, the sun burns the leaves.\n", "we need more of it"),
}


@pytest.mark.parametrize("text,fragment", list(NOT_NICKS.values()), ids=list(NOT_NICKS))
def test_lower_case_words_that_are_not_nicks_stay_text(text, fragment):
    t = ingest_text(text, "notes.txt")
    assert _speaker(t, fragment) is None


ONCE = """speakers: Ada Lovelace, Grace Hopper, Alan Turing

hopper: Welcome to the stage, we are glad to have you both.

ada1815: Thank you for inviting me to speak here today.

hopper: How did you first come to write programs for the engine?

ada1815: I read the notes on the machine and I wanted to show what it could compute.

aturing: May I add one remark about the engine before the questions?

moderator: We now open the floor for the questions of the audience.

bob: I would like to know more about the notes.
"""


@pytest.mark.parametrize("fragment,speaker", [
    ("May I add one remark about the engine", "Alan Turing"),
    ("We now open the floor", "Moderator"),
], ids=["listed-nick-once", "role-word-once"])
def test_one_turn_nick_in_a_nick_labelled_transcript(fragment, speaker):
    t = ingest_text(ONCE, "once.txt")
    assert _speaker(t, fragment) == speaker


def test_unlisted_nick_once_is_nobody():
    t = ingest_text(ONCE, "once.txt")
    assert "bob" not in {s.speaker for s in t.sentences}


@pytest.mark.parametrize("layout", [
    lambda s: s.replace("\n\n", "\n"),
    lambda s: s.replace("\nhopper:", "\n[00:01:02] hopper:").replace("\nada1815:", "\n[00:01:09] ada1815:"),
], ids=["one-line-per-turn-no-blank-lines", "timestamped-turns"])
def test_nick_turns_in_other_layouts(layout):
    t = ingest_text(layout(INTERVIEW), "nicks.txt")
    assert _speaker(t, "I read the notes on the machine") == "Ada Lovelace"


def test_wrapped_prose_line_opening_with_a_nick_is_not_a_turn():
    text = INTERVIEW + "\nhopper: We are out of time, and what we said about the\nada1815: notes will go online.\n"
    t = ingest_text(text, "nicks.txt")
    assert _speaker(t, "notes will go online") == "Grace Hopper"
