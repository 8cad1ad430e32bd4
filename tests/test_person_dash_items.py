"""Minutes typed during a discussion: an attendance list parted by semicolons ("Name, Organisation; …"), turns
written "Kim S – words" or "BL – words" (a listed person's short name or initials before a dash, at a line's head or
run on after a sentence), and Q&A leads ("Question: Bob Lane, Widget Inc – …")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import resolve
from quidit.ingest.records import Participant

MINUTES = """Working Group Face-to-Face Meeting Minutes, 6 June 2018

Attendees: Jane Roe, Acme Corp; Bob Lane, Widget Inc; Kim Stone, Foo Labs; Ann Lee, Bar Trust; Kim Ward, Baz Ltd.

Certificate Profiles Update

The group reviewed the draft of the profiles document and its open questions.

Kim S – dropping the ambiguous definition since it is not crisp enough on clarity
Jane – disagrees with Kim, asking for a better definition

Data protection discussion took place on the retention of validation data by members.
AL – Data subjects have the right to request the transfer of their data to another member? BL – Is this a transfer and delete or a copy?

Question: Bob Lane, Widget Inc – What is the feeling of the people working on this on how quickly we can change?

Next steps – Review the profiles before the next meeting
"""


def _names(doc: str) -> set[str]:
    return {p.name for p in ingest_text(doc, "minutes.txt").participants}


def test_a_semicolon_list_gives_names_not_organisations():
    names = _names(MINUTES)
    assert {"Jane Roe", "Bob Lane", "Kim Stone"} <= names and not {"Acme Corp", "Widget Inc"} & names


def test_a_first_name_and_initial_before_a_dash_is_that_attendees_turn():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "not crisp enough on clarity") == "Kim Stone"


def test_a_first_name_before_a_dash_is_that_attendees_turn():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "asking for a better definition") == "Jane Roe"


def test_initials_before_a_dash_are_the_one_attendee_they_fit():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "right to request the transfer") == "Ann Lee"


def test_a_dash_turn_run_on_after_a_question_is_a_new_turn():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "transfer and delete or a copy") == "Bob Lane"


def test_a_question_lead_names_the_asker_not_question():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "how quickly we can change") == "Bob Lane"


def test_an_agenda_item_with_a_dash_stays_nobodys():
    # near miss: "Next steps" names no attendee
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "Review the profiles before") is None


def test_a_first_name_and_initial_prefers_the_surname_it_fits_over_a_first_name_alone():
    people = [Participant(name="Ryan"), Participant(name="Ryan Hurst"), Participant(name="Ryan Sleevi")]
    assert resolve("Ryan H", people).name == "Ryan Hurst"


def test_a_given_name_written_long_is_the_attendee_listed_short():
    people = [Participant(name="Phill Hallam-Baker"), Participant(name="Ryan Sleevi")]
    assert resolve("Phillip", people).name == "Phill Hallam-Baker"


def test_a_given_name_short_form_needs_four_letters():
    # near miss: "Tim" is no short form of "Timothy Lee" to lean on (three letters)
    assert resolve("Tim", [Participant(name="Timothy Lee")]) is None


def test_initials_a_first_turn_declared_beat_another_persons_same_initials():
    doc = ("HTTP Working Group Minutes\n\nMichael Toomim: we propose a new header for versions.\n\n"
           "Martin Thomson (MT): this should not be normative, but we should still do it.\n\n"
           "Michael Toomim: fine with that.\n\nMT: this is not really important but we should not make strong claims.\n")
    assert speaker_at(ingest_text(doc, "minutes.txt"), "not make strong claims") == "Martin Thomson"
