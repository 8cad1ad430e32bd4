"""Steering-committee minutes typed as nested list items: a members table with no header ("Jo Park | Acme | Yes"),
turns labelled by initials or a first name inside nested items ("- - JP: …", "- Mic -- …"), agenda items that name
their lead in brackets ("- Testing WG (Ravi Menon)") and a handle glued from a name and an initial ("- LenaK: …")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text, minutes

MINUTES = """Technical Steering Committee Meeting

March 3, 2016 via conference call

TSC Members

Jo Park | Acme | Yes
Mic Bowman | Initech | Yes
Dana Voss | Globex | Yes
Sam Oduya | Umbrella

Agenda

- Action Item Review (Jo Park)
- Testing WG (Ravi Menon)
- Docs WG (Lena Kraus)

Action Item Review

- Jo Park to publish the lifecycle document

- - Done last week.

  - - JP:  The document was approved by the committee after weeks of open
      discussion. We do not need more stages than the ones it lists.
    - Mic:  is the concern about the labels or about the exit criteria
      themselves?
    - LenaK:  Both of them, since newcomers read the labels before anything
      else in the document.
    - DV:  We plan to publish the draft next week for the board to review.
    - JP:  Agreed, the exit criteria come first.
    - MaxB:  I can take the release notes this time around if nobody else
      wants them.

- Discussion

  - - Ravi -- not necessarily.  Rushing to merge everything would give us a
      patchwork nobody can maintain.
    - Mic -- the two proposals start from opposite consensus models and
      that is useful to compare.
    - DV:  I would rather see one common fabric in the end.

- Dana to circulate the whitepaper draft before the board meeting.

- Testing WG (Ravi Menon)

- - Meet Friday at 10am to go through the test matrix and the tooling
    we need.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(MINUTES, "tsc.txt"), fragment)


def test_headerless_members_table_lists_those_marked_present():
    people = []
    starts = [0] + [i + 1 for i, c in enumerate(MINUTES) if c == "\n"][:-1]
    minutes.read_marked_rows(MINUTES, starts, people)
    assert [(p.name, p.session_role) for p in people] == [
        ("Jo Park", None), ("Mic Bowman", None), ("Dana Voss", None), ("Sam Oduya", "absent")]


def test_bracketed_item_leads_are_participants():
    people = []
    starts = [0] + [i + 1 for i, c in enumerate(MINUTES) if c == "\n"][:-1]
    minutes.read_item_leads(MINUTES, starts, people)
    assert [p.name for p in people] == ["Jo Park", "Ravi Menon", "Lena Kraus"]


def test_initials_label_in_a_nested_item_is_the_listed_member():
    assert _speaker("The document was approved by the committee") == "Jo Park"


def test_initials_label_wrapped_words_stay_with_the_member():
    assert _speaker("We do not need more stages") == "Jo Park"


def test_second_initials_label_is_the_other_member():
    assert _speaker("We plan to publish the draft next week") == "Dana Voss"


def test_first_name_label_with_a_typed_dash_is_a_turn():
    assert _speaker("Rushing to merge everything") == "Ravi Menon"


def test_glued_handle_label_is_a_turn_of_its_own():
    assert _speaker("newcomers read the labels") == "Lena Kraus"


def test_typed_dash_inside_a_transcript_line_is_no_label():
    doc = ("JANE ROE: Thank you all for coming tonight.\n\nJOHN DOE: Thanks.\n\n"
           "JANE ROE: So, again, this is intended -- we may have other hearings later.\n\n"
           "JOHN DOE: Understood, we will be there.\n")
    assert speaker_at(ingest_text(doc, "hearing.txt"), "we may have other hearings") == "Jane Roe"


def test_a_less_indented_item_ends_the_labelled_turn():
    assert _speaker("Dana to circulate the whitepaper draft") is None


def test_item_under_a_lead_alone_on_its_line_is_the_leads_report():
    assert _speaker("Meet Friday at 10am to go through the test matrix") == "Ravi Menon"


def test_unlisted_glued_handle_label_is_a_person():
    assert _speaker("I can take the release notes") == "MaxB"
