"""Board minutes that name their members by an office title before the surname, with no roster line giving them
("Director Hale commented…", "GM Ortiz reminded…"), their public commenters by name and affiliation, their motions
in fields ("Motion:", "Discussion:") and their agenda items under letters and Roman numerals (`titled_members`,
`lettered_headings`)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DOC = """I. Call to Order

Chair Morgan asked everyone to be seated.

II. Roll Call

AGENCY STAFF PRESENT

Luis Ortiz, Nadia Vance, Jane Roe

III. Public Comment

- Alan Brooks, City of Riverton Planning, expressed that the bus schedule was confusing.  He stated that riders need better maps.

- Sue Lane, Oakdale shared concerns about the shelters on Elm Street.

IV. Budget Oversight and Finance Update

Budget Oversight and Finance Committee Chair Pike shared they had met twice since January.

V. Approval of Minutes

Chair Morgan called for a motion to approve the minutes of the last meeting.

G. Minutes of Feb 14, 2013 12:00 PM

Motion:              Director Hale made the motion to approve the minutes.

Director Quill seconded the motion.

Discussion:              Director Quill requested that item B be held over.

Director Pike reiterated these were minor changes.

Director Quill commented that the depot opening is late.  As a matter of fact, the Board office had done the site survey twice.  They had found no issues with the site.

The Board had approved the depot plan in May of last year.

Trustee Nina Wolfe stated she would abstain on the item.

General Counsel Jane Roe was asked to explain the contract terms.

Jane Roe stated that the contract runs for two years.

VI. Chair's Report

- Chair Morgan shared that on May 2, the Board had a retreat at the lake.

Chair Morgan requested General Manager Ortiz to give his report.

VII. General Manager's Report

The new buses arrive in May.

- General Manager Ortiz indicated the depot would open in June.

GM Ortiz reminded the Board that the plan was approved last year.

As Executive Director, Nadia Vance summarized the audit findings.

Concern expressed with this scheme that the routes change too often.

The meeting adjourned at 7:15 p.m.
"""


def _t():
    return ingest_text(DOC, "minutes.txt")


def _speaker(fragment: str) -> str | None:
    return speaker_at(_t(), fragment)


def _people() -> set[str]:
    return {p.name for p in _t().participants}


def test_title_and_surname_before_a_speech_verb_is_a_member():
    assert _speaker("these were minor changes") == "Pike"  # the committee chair met before, by surname
    assert _speaker("asked everyone to be seated") == "Chair Morgan"


def test_title_and_full_name_is_the_person_by_full_name():
    assert _speaker("she would abstain") == "Nina Wolfe"


def test_another_title_before_the_same_surname_is_the_same_member():
    assert _speaker("the plan was approved last year") == "Luis Ortiz"


def test_a_body_before_the_title_is_no_person():
    assert _speaker("they had met twice") == "Pike"
    assert not {"Budget Oversight", "Finance Committee Chair Pike"} & _people()


def test_mover_and_seconder_in_the_active_are_speakers():
    assert _speaker("made the motion to approve") == "Director Hale"
    assert _speaker("seconded the motion") == "Director Quill"


def test_discussion_field_is_no_speaker_label():
    assert _speaker("item B be held over") == "Director Quill"
    assert "Discussion" not in _people()


def test_public_comment_name_then_affiliation_then_verb():
    assert _speaker("the bus schedule was confusing") == "Alan Brooks"
    assert _speaker("riders need better maps") == "Alan Brooks"
    assert _speaker("concerns about the shelters") == "Sue Lane"


def test_phrase_before_a_comma_is_no_commenter():
    assert _speaker("summarized the audit findings") == "Nadia Vance"


def test_called_for_a_motion_is_the_chair_speaking():
    assert _speaker("called for a motion") == "Chair Morgan"


def test_titled_member_asked_in_the_passive_does_not_speak():
    assert _speaker("was asked to explain the contract") is None
    assert _speaker("the contract runs for two years") == "Jane Roe"


def test_group_inside_a_reported_clause_is_the_speakers_words():
    assert _speaker("the Board had a retreat") == "Chair Morgan"


def test_title_report_heading_ends_the_turn_before_it():
    assert _speaker("General Manager's Report") is None  # the report of the one the text calls "General Manager Ortiz"
    assert _speaker("The new buses arrive in May.") != "Chair Morgan"


def test_staff_present_heading_lists_people():
    assert {"Luis Ortiz", "Nadia Vance", "Jane Roe"} <= _people()


def test_roman_item_heading_ends_the_attendance_list():
    assert "Public Comment" not in _people()
    assert not any(p.startswith("III") for p in _people())


def test_lettered_item_heading_ends_the_turn():
    assert _speaker("Budget Oversight and Finance Update") is None  # "IV. …" after Sue Lane's comment
    assert _speaker("Minutes of Feb 14") is None


def test_noun_before_expressed_is_no_speaker():
    assert _speaker("Concern expressed with this scheme") != "Concern"
    assert "Concern" not in _people()


def test_group_doing_in_the_pluperfect_inside_a_turn_is_the_speakers():
    assert _speaker("the Board office had done the site survey") == "Director Quill"
    assert _speaker("They had found no issues") == "Director Quill"


def test_group_doing_in_the_pluperfect_opening_a_paragraph_is_the_record():
    assert _speaker("The Board had approved the depot plan") is None
