"""A member who writes their name in lower case ("oli") is listed so in the attendance ("Council members: Eric Huss,
TC, oli, Mark") and labelled so in the turns ("oli: We should…"): the lower-case label is that member's turn, though
the document has no other lower-case labels (no IRC style). Each test on a small text written for it (one behaviour
per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MIN = ("Council meeting 2025-01-10\n\nAttendance\n\nCouncil members: Eric Huss, Mara Bos, {listed}, Mark\n"
       "Observers: Josh Stone\n\nBudget\n\nMara: The budget request has been sent to the foundation this week.\n\n"
       "oli: We should definitely advertise the open position more widely.\n\n"
       "Mark: I will draft the announcement for the blog next week.\n")


def test_lower_case_label_of_a_listed_handle_is_a_turn():
    t = ingest_text(MIN.format(listed="oli"), "min.txt")
    assert speaker_at(t, "We should definitely advertise") == "oli"


def test_council_members_line_is_an_attendance_list():
    t = ingest_text(MIN.format(listed="oli"), "min.txt")
    assert "Josh Stone" in {p.name for p in t.participants} and "Eric Huss" in {p.name for p in t.participants}


def test_lower_case_label_not_listed_is_no_turn():
    # near miss: the list does not write "oli", so "oli:" stays text in Mara's turn
    t = ingest_text(MIN.format(listed="Ann Lee"), "min.txt")
    assert speaker_at(t, "We should definitely advertise") != "oli"
