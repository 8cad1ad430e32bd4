"""An attendance table in columns ("Name  Company/Project/Role  Attendance" over one row a person, cells apart by two
spaces or more, a tab or a pipe) lists the participants, so a first name or a surname label later is that person.
One behaviour per test, with a near miss that must not fire."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.minutes import read_name_column_table
from quidit.ingest.pipeline import speakers_of

SUMMIT = """Summit meeting notes

Attendees

Name  Company/Project/Role  Attendance
Ana Gil  Acme / Server / SW Eng  In person
Robert Schweikert  SUSE / Distinguished eng  Remote
Lena Park  Initech  Absent

Packaging session

Robert S: We backport the fixes to older releases.
Ana: Do you test them on every cloud?
Robert S: Only on the main ones.
"""


def _read(text):
    ct = clean(text)
    people = []
    read_name_column_table(ct.text, ct.line_starts, people)
    return people


def test_rows_of_a_name_column_are_participants():
    assert [p.name for p in _read(SUMMIT)] == ["Ana Gil", "Robert Schweikert", "Lena Park"]


def test_absent_cell_marks_the_person_absent():
    people = {p.name: p.session_role for p in _read(SUMMIT)}
    assert people["Lena Park"] == "absent" and people["Ana Gil"] is None


def test_short_labels_take_the_listed_full_name():
    t = ingest_text(SUMMIT, "summit.txt")
    assert {s.name for s in speakers_of(t)} == {"Ana Gil", "Robert Schweikert"}


def test_table_without_a_name_header_is_no_list():
    # near miss: a table of releases whose first column is no "Name" column lists nobody
    text = SUMMIT.replace("Name  Company/Project/Role  Attendance", "Release  Version  Support")
    assert _read(text) == []


def test_pipe_table_with_name_header():
    text = "Attendees\n\n| Nom | Rôle |\n|---|---|\n| Claire Dubois | Trésorière |\n| Marc Petit | Secrétaire |\n"
    assert [p.name for p in _read(text)] == ["Claire Dubois", "Marc Petit"]
