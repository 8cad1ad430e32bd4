"""Notes that label turns by short forms of the attendance list's names: initials two people share, told apart by a
bracket that holds one's given name or a nick made of it ("TT (Timea):", "TT (TallTed):"), then the same initials
alone for the last one told apart; a nick of a given name and the rest's initials ("TimBL:")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Community Group notes

Present
* Sarven Capadisli
* Jeff Zucker
* Tim Berners-Lee
* Timea Turdean
* Ted Thibodeau

Topics

* SC: Agenda overview.
* TT (TallTed): With OpenLink Software for many years.
* JZ: Around at the beginning of the web.
* TT (Timea): Software engineer at Inrupt.
* TimBL: I invented the web a long time ago.
* SC: Next topic please.
* TT: If you want to join our team, you will find a lot of JavaScript.
"""


def _t():
    return ingest_text(NOTES, "notes.txt")


def test_initials_told_apart_by_a_nick():
    assert speaker_at(_t(), "With OpenLink Software") == "Ted Thibodeau"


def test_initials_told_apart_by_a_given_name():
    assert speaker_at(_t(), "Software engineer at Inrupt") == "Timea Turdean"


def test_bare_initials_are_the_last_one_told_apart():
    assert speaker_at(_t(), "If you want to join our team") == "Timea Turdean"


def test_a_given_name_and_initials_nick():
    assert speaker_at(_t(), "I invented the web") == "Tim Berners-Lee"


def test_plain_initials_still_work():
    assert speaker_at(_t(), "Around at the beginning of the web") == "Jeff Zucker"


INTROS = """Community Group notes

Present
* Sarven Capadisli
* Jeff Zucker
* Ted Thibodeau

Introductions
* SC: Been part of the group for a bit. Started at MIT.
* JZ: Around at the beginning of the web.

Topics
* SC: Agenda overview.
* JZ: We have a gitter channel.
"""

RECORD_INTROS = """TSC minutes

Intros

Adam: Guy who does stuff and things, TSC Voting Member
Alex: TBD

Adam noted that the release calendar is on track.
"""


def test_intros_in_notes_whose_turns_use_the_same_labels_are_the_speakers():
    assert speaker_at(ingest_text(INTROS, "notes.txt"), "Been part of the group for a bit") == "Sarven Capadisli"


def test_intros_whose_labels_are_never_turns_stay_the_records():
    assert speaker_at(ingest_text(RECORD_INTROS, "minutes.txt"), "Guy who does stuff and things") is None
