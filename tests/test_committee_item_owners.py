"""A committee's minutes in reported speech: an agenda item headed by its owner's name and the topic ("Ken: Review of
the venue booking…") is a heading when the item then tells its owner in the third person ("Ken reported that…"), so
the other members' reported turns under it are theirs; the mover of a motion ("Omar moved that…") and a member's offer
("Priya offered to…") are the member's words; the talk as the subject ("General discussion noted…"), a tally in a
sentence ("There were 4 votes for…") and a motion's text ("Motion: That…") are the record's and end the turn; a
name before a passive verb ("Omar was asked to…") is the one asked, not the speaker; a report heading whose office lost
its apostrophe names its holder after "from" ("Presidents Report from Jane Roe")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

CLUB = """Riverside Bridge Club - Committee Meeting Minutes

Present: Ken, Lena, Omar, Priya
Apologies: Tess

Ken: Review of the venue booking and the cost of the hall for next season.
Ken reported that the hall has raised its fee to $80 a night.
Lena advised that the church hall next door charges less.
General discussion noted the need to compare parking at both venues.
The current booking runs until the end of March.
Omar moved that the club move to the church hall from April, seconded by Lena and unanimously agreed.
There were 4 votes for and nil against this motion.
Priya offered to draw up a new flyer with the address.
Omar was asked to confirm the date with the church office.
Priya: Flyers and printing
Priya suggested a print run of two hundred. Omar noted that the library prints for free.
Lena: I would rather wait until the new year before we print anything.
Motion: That the club keeps its Thursday night session. Moved Ken, seconded Priya.
"""

ASKED = """Garden Group Minutes

Present: Omar, Priya

Priya reported that the seeds have arrived.
Omar was asked to confirm the date with the church office.
"""

REPORTS = """Annual General Meeting Minutes

Present: Jane Roe, Sam Hill, Ada Park

Presidents Report from Jane Roe

Meetups were held at five venues this year. Attendance grew by a third.

Venue Report from the hall

Bookings are taken by email.
"""


def _speaker(fragment: str, doc: str = CLUB) -> str | None:
    return speaker_at(ingest_text(doc, "club.txt"), fragment)


def test_another_members_turn_under_an_owners_item_heading_is_theirs():
    assert _speaker("the church hall next door charges less") == "Lena"


def test_a_second_owners_item_heading_is_no_turn_either():
    assert _speaker("the library prints for free") == "Omar"


def test_a_label_whose_words_are_the_members_own_stays_a_turn():
    assert _speaker("I would rather wait until the new year") == "Lena"


def test_the_discussion_as_subject_is_the_records():
    assert _speaker("General discussion noted the need") is None


def test_the_turn_ends_at_the_discussion():
    assert _speaker("The current booking runs until") is None


def test_the_mover_of_a_motion_moved_that():
    assert _speaker("moved that the club move to the church hall") == "Omar"


def test_a_tally_in_a_sentence_is_the_records():
    assert _speaker("There were 4 votes for and nil against") is None


def test_a_members_offer_is_their_words():
    assert _speaker("offered to draw up a new flyer") == "Priya"


def test_a_name_before_a_passive_verb_is_not_the_speaker():
    assert _speaker("was asked to confirm the date", ASKED) != "Omar"


def test_a_motions_text_is_the_records():
    assert _speaker("That the club keeps its Thursday night session") is None


def test_a_report_heading_without_its_apostrophe_names_the_holder():
    assert _speaker("Attendance grew by a third", REPORTS) == "Jane Roe"


def test_a_report_heading_naming_no_office_names_no_holder():
    assert _speaker("Bookings are taken by email", REPORTS) is None
