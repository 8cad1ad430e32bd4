"""Summary minutes list the meeting's decisions, actions and intros under a heading line of their own ("Decisions",
"Actions", "Intros"), each item "Title (Owner): text" or "First name: role": the record's items and a roster, not
speaker labels, so no item's title becomes a person and no item is anyone's words. The same "Name: words" lines
with no such heading over them stay turns."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Steering Committee Minutes, 3 March 2025

Attendees: Maria Lopez (Chair), Peter Olsen, Hannah Brooks

Intros

Maria: Chair, release manager at Acme Corp, voting member
Peter: Build infrastructure lead, voting member of the committee

Decisions

Release Date Moved: The spring release will ship two weeks later than planned to fix the blockers.

Actions

Check Build Servers (Peter): The vendor confirmed the new build servers arrive in April, to check with them.
Share Budget Link: Hannah will share the link to the budget spreadsheet in the meeting chat.

Discussion

Maria noted the budget for the second quarter is still under review by the finance team.
"""

FR = """Compte rendu du comité du 3 mars 2025

Présents : Marie Dubois (présidente), Paul Girard, Sophie Martin

Relevé de décisions

Calendrier Validé : La version de printemps sortira deux semaines plus tard que prévu.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_a_decision_item_is_nobodys_words():
    assert _speaker(EN, "ship two weeks later") is None


def test_an_action_item_with_its_owner_in_brackets_is_nobodys_words():
    assert _speaker(EN, "new build servers arrive") is None


def test_an_intro_line_is_a_roster_entry_not_a_turn():
    assert _speaker(EN, "release manager at Acme") is None


def test_no_item_title_becomes_a_person():
    people = {p.name for p in ingest_text(EN, "minutes.txt").participants}
    assert not people & {"Release Date Moved", "Check Build Servers", "Share Budget Link"}


def test_a_french_decision_list():
    assert _speaker(FR, "deux semaines plus tard") is None


def test_the_list_ends_at_the_next_paragraph():
    assert _speaker(EN, "budget for the second quarter") == "Maria Lopez"


def test_name_lines_without_a_list_heading_stay_turns():
    # near miss: the same "First name: words" lines under "Discussion" are the members' turns
    doc = EN.replace("Intros\n", "Discussion\n")
    assert _speaker(doc, "release manager at Acme") == "Maria Lopez"
