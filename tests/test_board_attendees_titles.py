"""A water district board's minutes: "District Attendees" / "Other Attendees" lists of "Name - Office" lines (the
office kept as the person's role, an empty "Absent" list taking no heading after it), then the members named by
their office and surname ("Vice President McRae asked…", "Operations Manager Nisenboym noted…")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Regular Board Meeting
Approved Minutes

District Attendees
Karen Holt - Board President
Paul Ridley - Board Vice President
Ines Marlow - Board Member
Tom R. Gray - General Manager
Alan Voss - Operations Manager

Other Attendees
Dana Wells - CSDA Field Coordinator

Absent

AGENDA ITEMS
I. Call to Order
President Holt called the meeting to order at 6:30 p.m.

General Manager Gray discussed the contract for generic parts.
Vice President Ridley asked why the district does not stock parts.
Director Ridley verified it does not commit the district to the program.
Operations Manager Voss noted each well is run about once a day.
"""


def _t():
    return ingest_text(MINUTES, "minutes.txt")


def test_the_attendees_are_read_with_their_office():
    assert next(p for p in _t().participants if p.name == "Alan Voss").role == "Operations Manager"


def test_a_heading_after_an_empty_absent_list_is_no_one():
    assert not any("Agenda" in p.name for p in _t().participants)


def test_a_vice_president_by_surname_speaks():
    assert speaker_at(_t(), "asked why the district does not stock") == "Paul Ridley"


def test_an_operations_manager_by_surname_speaks():
    assert speaker_at(_t(), "noted each well is run") == "Alan Voss"


def test_verified_is_a_verb_of_saying():
    assert speaker_at(_t(), "verified it does not commit") == "Paul Ridley"


def test_the_office_alone_at_a_sentences_start_is_its_holder():
    text = MINUTES + "General Manager said the district has a scheduled rotation of pumps.\n"
    assert speaker_at(ingest_text(text, "minutes.txt"), "scheduled rotation of pumps") == "Tom R. Gray"


def test_a_member_who_moved_to_approve_proposes():
    text = MINUTES + "Director Marlow moved to approve the water meter relocation.\n"
    assert speaker_at(ingest_text(text, "minutes.txt"), "moved to approve the water meter") == "Ines Marlow"
