"""Minutes typed live write turns as a short name and a spaced dash ("Ryan S – dropping…"). Two habits of such
minutes: an exchange run into one line with no stop between turns ("… platform specific Tim H – We don't…"), and a
Q&A answer led by a first name two attendees share ("Answer: Tim – …"), which is the one the text last named in full."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Minutes of the Forum meeting

Attendees: Ryan Sleevi, Google; Ryan Hurst, Google; Tim Hollebeek, DigiCert; Tim Shirley, Trustwave; Wayne Thayer, Mozilla; Kirk Hall, Entrust.

Code signing working group

Ryan S – Regarding scope, it would be good to identify the work first.
Wayne – Perhaps form the working group with a limited charter.
Ryan H – What about the topic of best practices?
Ryan H – perhaps not make it platform specific Wayne – We do not want to modify the guidelines Ryan S – If your goal is not to modify them, say so

Validation update

Presenters: Tim Hollebeek, DigiCert; Kirk Hall, Entrust.
Question: Kirk – Does the group have members that do not participate?
Answer: Tim – The group uses multiple forms of communication, please participate.
"""


def _t():
    return ingest_text(MINUTES, "minutes.txt")


def test_a_dash_turn_run_on_after_a_word_opens_a_turn():
    assert speaker_at(_t(), "modify the guidelines") == "Wayne Thayer"


def test_the_second_run_on_turn_is_its_speakers():
    assert speaker_at(_t(), "If your goal") == "Ryan Sleevi"


def test_the_run_on_line_starts_with_its_own_speaker():
    assert speaker_at(_t(), "perhaps not make it") == "Ryan Hurst"


def test_a_first_name_two_attendees_share_is_the_one_last_named_in_full():
    assert speaker_at(_t(), "multiple forms of communication") == "Tim Hollebeek"


def test_a_spaced_dash_in_prose_is_no_turn():
    t = ingest_text("Minutes\n\nAttendees: Ana Ruiz, Bo Lee.\n\nAna Ruiz said the budget – the whole of it – was spent.\n", "m.txt")
    assert speaker_at(t, "the whole of it") == "Ana Ruiz"
