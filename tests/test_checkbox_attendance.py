"""A working group's Markdown minutes tick who attended in check boxes ("* [x] Kimball Thurston - Chairperson, Weta
Digital Limited", "* [ ] Bill Roberts, Adobe"): each box is one person, ticked present, unticked absent; the words
after the name (an office, an organisation with commas or "&") are no other people."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """TAC Meeting - 29 June, 2022

Voting member attendance

* [x] Kimball Thurston - Chairperson, Weta Digital Limited
* [ ] Bill Roberts, Adobe
* [x] Brian Cipriano, Google & OpenCue Representative
* [x] Christina Tempelaar-Lietz, Epic Games, Inc.
* [x] Larry Gritz, Sony Pictures Imageworks

Minutes

* Larry: want to push back on the idea that there's a growing number of engineers.
* Kimball: yes, we need to think about this.
* Bill: the budget is fine.
"""


def _t():
    return ingest_text(MINUTES, "minutes.md")


def test_a_ticked_member_is_present_and_speaks_by_first_name():
    assert speaker_at(_t(), "push back on the idea") == "Larry Gritz"


def test_a_member_with_office_after_a_dash_is_that_member():
    assert speaker_at(_t(), "think about this") == "Kimball Thurston"


def test_an_unticked_member_is_absent():
    assert next(p for p in _t().participants if p.name == "Bill Roberts").session_role == "absent"


def test_the_words_after_the_name_are_no_people():
    names = {p.name for p in _t().participants}
    assert not names & {"Google", "OpenCue Representative", "Inc", "Weta Digital Limited"}


AGENDA = MINUTES + """* Member surveys (Larry)
* Sent email about the maintainer survey, only 6 people have answered so far.
* Budget review (Nobody)
* The budget line was left for next time.
"""


def test_a_bulleted_item_naming_its_presenter_in_brackets_gives_them_the_bullets_under_it():
    assert speaker_at(ingest_text(AGENDA, "minutes.md"), "maintainer survey") == "Larry Gritz"


def test_a_bracketed_word_naming_no_attendee_gives_nobody_the_bullets():
    assert speaker_at(ingest_text(AGENDA, "minutes.md"), "left for next time") != "Nobody"
