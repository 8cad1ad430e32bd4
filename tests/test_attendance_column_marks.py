"""An attendance table flattened to one row a line, cells apart by tabs, with more than one yes/no column ("Name",
"Attendance", "Role", "Voting Seat (Y/N)"): only the attendance column's "No" marks a person absent; an "N" in the
voting-seat column does not. A table whose header has no attendance column still reads a "No" in any cell."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Steering Committee Minutes, 3 March 2025

Name\tAttendance\tRole\tVoting Seat (Y/N)
Maria Lopez\tYes\tChair\tY
Peter Olsen\tYes\tSecretary\tN
Hannah Brooks\tNo\tMember\tY

Budget Review
The committee went through the second quarter figures.
Peter presented the plan for the spring release and the three remaining blockers to the committee.
"""


def _absent(doc: str) -> set[str]:
    return {p.name for p in ingest_text(doc, "minutes.txt").participants if p.session_role == "absent"}


def test_an_n_in_another_yes_no_column_is_not_absence():
    assert "Peter Olsen" not in _absent(EN)


def test_the_attendance_column_no_marks_absence():
    assert "Hannah Brooks" in _absent(EN)


def test_a_present_member_with_an_n_seat_speaks():
    assert speaker_at(ingest_text(EN, "minutes.txt"), "plan for the spring release") == "Peter Olsen"


def test_without_an_attendance_column_any_no_cell_counts():
    # near miss: the header names no attendance column, so the "No" of the second column still marks absence
    doc = EN.replace("Name\tAttendance\tRole", "Name\tCame\tRole")
    assert "Hannah Brooks" in _absent(doc)
