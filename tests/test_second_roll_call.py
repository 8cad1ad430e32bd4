"""Roll calls of minutes that take attendance twice (before and after a recess): "Late: X" lists a member who came
late, present; a second roll call that drops a comma between two members it listed the first time ("Okafor Tembo")
lists both, not one person of that name; a member present at the first and absent at the second is one speaker."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

MINUTES = """Riverbend Garden Club Minutes

Present: Okafor, Lindqvist, Brandauer, Tembo
Late: Moreau
Absent: Quispe

Okafor reported that the shed roof was repaired in February.

Moreau said that the seed swap raised forty pounds.

RECESS

Present: Okafor, Lindqvist Brandauer, Moreau
Absent: Tembo

Tembo said that the gate lock was replaced last week.
"""


def _names(doc: str) -> set[str]:
    return {p.name for p in ingest_text(doc, "garden.txt").participants}


def test_a_late_member_is_listed_by_name():
    names = _names(MINUTES)
    assert "Moreau" in names and not any(n.startswith("Late") for n in names)


def test_a_late_member_is_present():
    t = ingest_text(MINUTES, "garden.txt")
    assert next(p for p in t.participants if p.name == "Moreau").session_role != "absent"


def test_late_in_a_sentence_is_no_attendance_heading():
    doc = MINUTES.replace("RECESS", "Late arrivals were asked to sign the book at the door.")
    assert not any(n.startswith("Late") for n in _names(doc))


def test_a_dropped_comma_between_two_listed_members_lists_both():
    names = _names(MINUTES)
    assert "Lindqvist Brandauer" not in names and {"Lindqvist", "Brandauer"} <= names


def test_a_full_name_of_unlisted_words_is_one_person():
    doc = MINUTES.replace("Okafor, Lindqvist Brandauer, Moreau", "Okafor, Jonah Whitcombe, Moreau")
    names = _names(doc)
    assert "Jonah Whitcombe" in names and "Jonah" not in names and "Whitcombe" not in names


def test_a_member_absent_at_the_second_roll_call_is_one_speaker():
    names = [s.name for s in speakers_of(ingest_text(MINUTES, "garden.txt"))]
    assert names.count("Tembo") == 1
