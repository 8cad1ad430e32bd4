"""Run-in headings of a list inside someone's prose ("The process looks like this:" then "Beginning Phase: In the
first weeks…") are items, not speaker labels; a list of people who spoke keeps its labels. Each rule on a small text
written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

ITEMS = """Jane Roe: Thanks for having me. Our release process has a few steps, and the whole process looks like this:

Planning Phase: we collect the proposals and agree on a calendar for the release.

Testing Phase: we freeze the code and run the test suites on every platform we support.

John Smith: And how long does a release take?

Jane Roe: About three months from the first phase to the last one.

John Smith: Thank you.
"""

PEOPLE = """Chair: We now take questions from the floor, in this order:

Maria Lopez: How will the new calendar affect the volunteers?

Peter Grant: Will the meetings stay open to everyone?

Chair: Thank you both. Maria Lopez, the calendar leaves the volunteers free in August.
"""


def test_a_run_in_heading_under_a_list_lead_is_no_speaker():
    t = ingest_text(ITEMS, "items.txt")
    assert "Testing Phase" not in [st.name for st in speakers_of(t)]


def test_the_list_item_goes_on_with_the_person_who_announced_it():
    t = ingest_text(ITEMS, "items.txt")
    assert speaker_at(t, "we freeze the code") == "Jane Roe"


def test_near_miss_a_list_of_people_who_speak_keeps_their_labels():
    t = ingest_text(PEOPLE, "people.txt")
    assert speaker_at(t, "Will the meetings stay open") == "Peter Grant"
