"""Who holds an office, said in passing (`ingest.office_holders.office_ties`) and answered for a report heading's
office (`report_office_holder`): a title, then a role the text gave, then a citation's tie."""
from __future__ import annotations

from quidit.ingest.office_holders import office_ties, report_office_holder
from quidit.ingest.records import Participant

CITATION = "Recognition\n\nKatie Bechtold. Continuing to serve as our treasurer, promptly doing an excellent job.\n"


def test_a_citation_ties_the_office_to_the_name_opening_its_paragraph():
    katie = Participant(name="Katie Bechtold")
    assert office_ties(CITATION, [katie]) == {"treasurer": katie}


def test_a_listed_first_name_is_the_citations_full_name():
    katie = Participant(name="Katie")
    assert office_ties(CITATION, [katie, Participant(name="Dan")])["treasurer"] is katie


def test_a_name_nobody_listed_is_a_new_person_outside_the_roster():
    held = office_ties(CITATION, [Participant(name="Dan")])["treasurer"]
    assert held is not None and held.name == "Katie Bechtold" and not held.in_roster


def test_an_absent_participant_is_not_the_one_the_citation_names():
    katie = Participant(name="Katie", session_role="absent")
    held = office_ties(CITATION, [katie])["treasurer"]
    assert held is not katie and held.name == "Katie Bechtold"


def test_an_office_said_of_two_people_is_held_by_nobody():
    text = CITATION + "\nAna Gil. Also serving as our treasurer for the spring.\n"
    assert office_ties(text, []) == {"treasurer": None}


def test_a_phrase_without_an_opening_name_ties_nothing():
    assert office_ties("Recognition\n\nThanks for continuing to serve as our treasurer.\n", []) == {}


def test_a_report_office_is_held_first_by_the_participant_with_that_title():
    ana, katie = Participant(name="Ana Gil", role="Treasurer"), Participant(name="Katie Bechtold")
    assert report_office_holder("Treasurer", [katie, ana], {"treasurer": katie}) is ana


def test_a_report_office_is_held_next_by_the_one_the_text_gave_that_role():
    jean, katie = Participant(name="Jean Roe", session_role="secretary"), Participant(name="Katie Bechtold")
    assert report_office_holder("Secretary", [katie, jean], {"secretary": katie}) is jean


def test_a_report_office_falls_back_on_the_citations_tie():
    katie = Participant(name="Katie Bechtold")
    assert report_office_holder("the Treasurer", [katie], {"treasurer": katie}) is katie


def test_a_report_office_nobody_holds_has_no_holder():
    assert report_office_holder("Treasurer", [Participant(name="Katie Bechtold")], {"secretary": None}) is None


def test_an_absent_titled_participant_does_not_hold_the_office():
    ana = Participant(name="Ana Gil", role="Treasurer", session_role="absent")
    assert report_office_holder("Treasurer", [ana], {}) is None
