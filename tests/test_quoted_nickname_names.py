"""A roster writes a full name with the nickname in quotation marks between the given name and the surname
("Terence ‘Tex’ McCutcheon"): the entry is one person, and the nickname alone in the minutes ("Tex reviewed…") is
that person. A quoted word that opens or ends the entry is no name's nickname."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Steering Committee Minutes, 3 March 2025

Name\tAttendance\tRole
Maria Lopez\tYes\tChair
Terence ‘Tex’ McCutcheon\tYes\tSecretary
Peter Olsen\tYes\tMember

Previous Actions
Maria opened the meeting with the agenda in the chat.
Tex reviewed the previous actions and the open items from the last meeting of the committee.
"""


def test_the_quoted_nickname_entry_is_one_person():
    people = {p.name for p in ingest_text(EN, "minutes.txt").participants}
    assert "Terence ‘Tex’ McCutcheon" in people


def test_the_nickname_alone_is_that_person():
    assert speaker_at(ingest_text(EN, "minutes.txt"), "open items from the last meeting") == "Terence ‘Tex’ McCutcheon"


def test_a_quoted_word_ending_the_entry_is_no_nickname():
    # near miss: "Terence McCutcheon ‘Tex’" (the quote last) is not read as a name with a nickname
    doc = EN.replace("Terence ‘Tex’ McCutcheon", "Terence McCutcheon ‘Tex’")
    people = {p.name for p in ingest_text(doc, "minutes.txt").participants}
    assert "Terence McCutcheon ‘Tex’" not in people
