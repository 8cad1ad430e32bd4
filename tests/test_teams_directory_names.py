"""A Teams export from an organisation's directory writes names surname first, perhaps with a tag ("Roe, Jane   0:03",
"Lee, Ann (Guest)   0:41"), and a guest's tag after a name given first ("John Smith (Guest)   0:12"): each such line
opens the turn of that person, named given name first, and the clock times the passage."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SURNAME_FIRST = """Roe, Jane   0:03
Welcome everyone to the meeting today.

Smith, John   0:12
Thanks Jane. I will start with the budget.

Roe, Jane   0:30
Great. Any questions on that?

Lee, Ann (Guest)   0:41
Yes, about the reserve fund.
"""

GUEST_TAG = """Jane Roe   0:03
Welcome everyone to the meeting today.

John Smith (Guest)   0:12
Thanks Jane. I will start with the budget.

Jane Roe   0:30
Great. Any questions on that?

John Smith (Guest)   0:41
Yes, about the reserve fund.
"""


def test_a_surname_first_line_names_the_person_given_name_first():
    assert speaker_at(ingest_text(SURNAME_FIRST, "teams.txt"), "start with the budget") == "John Smith"


def test_a_surname_first_line_with_a_guest_tag_opens_a_turn():
    assert speaker_at(ingest_text(SURNAME_FIRST, "teams.txt"), "about the reserve fund") == "Ann Lee"


def test_a_guest_tag_after_a_given_first_name_opens_a_turn():
    assert speaker_at(ingest_text(GUEST_TAG, "teams.txt"), "about the reserve fund") == "John Smith"


def test_the_tagged_line_times_its_turn():
    t = ingest_text(GUEST_TAG, "teams.txt")
    assert next(p for p in t.passages if "reserve fund" in p.text).where() == "00:00:41"


def test_a_place_and_a_time_once_is_no_turn():
    text = "Paris, France   10:30\nThe meeting opened with a short welcome by the organisers.\n"
    assert speaker_at(ingest_text(text, "notes.txt"), "opened with a short welcome") is None
