"""Minutes written into a shared page by the people who report (`ingest.authored_reports`): an office's report
heading ("Secretary's Report", "Rapport du trésorier", "Informe de la Secretaría") gives its lines to the office, or
to the person the text says holds it; under a heading grouping reports ("Member Reports"), a participant's name or
a handle alone on a line heads that person's report, through its sub-headings, up to the next report or a closing
agenda item ("Old Business"); a signature ("… - Alberto") closes a signed paragraph; a note-taker's bracketed remark
opens a paragraph that stays nobody's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PAGE = """Regular Member Meeting Minutes

Members present:

Katie Bechtold, Jamie, Martin, Alberto, Julia, Dan, Erica

Recognition

Katie Bechtold. Continuing to serve as our treasurer, promptly doing an excellent job.

Director Reports

President's Report

-Not present.

Treasurer's Report

Two prospective members have started paying their dues this month.

Reserves

We can add a good sum to our unearmarked reserves after the last purchases.

Secretary's Report

Removed thousands of spam accounts from the wiki over the holidays.

Member Reports

Alberto

I am proposing to expand the summer school series with a new electronics course.

Laser Cutter

The new lens arrived last week and the cutter works much better since then.

[Lively discussion..] There is disagreement on how to use the space in the basement.

jdoe42

Have built a new occupancy sensor with the spare parts from the workshop shelf.

Old Business

Julia

Julia and Erica want to start a weekly meeting called Tinfoil Tuesdays on security.

Project Kits

No planned kit builds but gearing up to have one in the spring. - Alberto

Project Paint

No new paint was bought this month for the workshop walls. - Somebody Unknown

Project Laser

Dan: Made a snowflake with the laser cutter for the guard. Various acrylic
sheets available for use. Suggested donations marked, but not required. If you
don't care about color, use clear, it's cheapest.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_an_unheld_office_report_is_the_offices():
    assert _speaker(PAGE, "Removed thousands of spam") == "Secretary"


def test_an_office_report_is_its_holders_when_the_text_ties_them():
    assert _speaker(PAGE, "Two prospective members") in ("Katie Bechtold", "Katie")


def test_an_office_report_goes_on_under_its_sub_heading_inside_a_group_of_reports():
    assert _speaker(PAGE, "unearmarked reserves") in ("Katie Bechtold", "Katie")


def test_a_report_saying_there_is_none_is_nobodys():
    assert _speaker(PAGE, "-Not present.") is None


def test_a_name_heading_under_member_reports_is_that_members_report():
    assert _speaker(PAGE, "I am proposing to expand") == "Alberto"


def test_a_members_report_goes_on_under_its_sub_headings():
    assert _speaker(PAGE, "The new lens arrived") == "Alberto"


def test_a_bracketed_note_takers_remark_keeps_its_paragraph_nobodys():
    assert _speaker(PAGE, "There is disagreement") is None


def test_a_handle_heading_under_member_reports_is_that_members_report():
    assert _speaker(PAGE, "Have built a new occupancy sensor") == "jdoe42"


def test_a_name_heading_after_old_business_is_no_report():
    assert _speaker(PAGE, "Julia and Erica want to start") is None


def test_a_signature_gives_its_paragraph_to_the_signer():
    assert _speaker(PAGE, "No planned kit builds") == "Alberto"


def test_a_signature_of_nobody_in_the_lists_is_no_signer():
    assert _speaker(PAGE, "No new paint was bought") is None


def test_a_label_opening_a_paragraph_holds_the_paragraph_in_a_page_of_reports():
    assert _speaker(PAGE, "care about color") == "Dan"


UNGROUPED = """Board Meeting Minutes

Members present:

Ana Gil, Tom Lee, Rosa Diaz

Secretary's Report

Removed thousands of spam accounts from the wiki over the holidays.

Membership

Two prospective members have started paying their dues this month.
"""


def test_outside_a_group_of_reports_an_office_report_ends_at_the_next_heading():
    assert _speaker(UNGROUPED, "Two prospective members") is None


PROSE_GROUP = """Board Meeting Minutes

Members present:

Ana Gil, Tom Lee, Rosa Diaz

Management Reports

Tom Lee presented the management reports, attached as exhibits to these minutes.

Rosa

The board discussed the new budget and the hiring plan for the coming year.
"""


def test_a_reports_heading_over_prose_groups_no_name_headings():
    assert _speaker(PROSE_GROUP, "The board discussed the new budget") is None


COLON_ITEM = """Board Meeting Minutes

Members present:

Ana Gil, Tom Lee, Rosa Diaz

Member Reports

Rosa:

The board approves the creation of a working group for the new members.
"""


def test_a_name_heading_with_a_colon_is_no_report_heading():
    assert _speaker(COLON_ITEM, "working group for the new members") != "Rosa Diaz"


FR = """Compte rendu de la réunion du bureau

Présents : Claire Martin, Paul Durand, Marc Petit

Rapport du trésorier

Les cotisations de l'année ont toutes été encaissées avant la fin du mois de mars.
"""


def test_a_french_office_report_heading_gives_the_office_its_article_back():
    assert _speaker(FR, "Les cotisations de l'année") == "le trésorier"


ES = """Acta de la reunión de la junta directiva

Asistentes: Ana Gil, Luis Pérez, Rosa Díaz

Informe de la Secretaría

Se enviaron las convocatorias a todos los socios con quince días de antelación.
"""


def test_a_spanish_office_noun_heading_is_the_offices_report():
    assert _speaker(ES, "Se enviaron las convocatorias") == "la Secretaría"


BOARD = """Board Meeting Minutes

Members present:

Ana Gil, Tom Lee, Rosa Diaz, Alberto

Called to order at 7 pm by Ana Gil.

Treasurer Report

The account holds enough to pay the rent until the end of the summer.

Report from the Secretary

The mailing list moved to the new server without losing any of its archives.

Secretary's Report - Rosa Diaz

The calendar of events is now published on the website every Monday morning.

Treasurer's Report - draft

The figures of the second quarter are not final and will change next month.

Storage

The shelves in the back room are full and need sorting before winter.

- Nobody

Tour de table

Tom

Finished the wiring of the new workbench and tested every socket in the room.

Projects

The new workbench needs a lamp and a shelf for the soldering irons.

The old one can go to the basement once the new one is in use.

- Alberto

Rapport de Alberto

Les ateliers du samedi ont réuni une dizaine de personnes chaque semaine.
"""


def test_an_office_report_heading_without_the_possessive_is_the_offices():
    assert _speaker(BOARD.replace("Report from the Secretary", "Secretary Report"), "The mailing list moved") == "Secretary"


def test_a_report_from_an_office_is_the_offices():
    assert _speaker(BOARD, "The mailing list moved") == "the Secretary"


def test_a_name_after_the_report_heading_is_who_gives_it():
    assert _speaker(BOARD, "The calendar of events") == "Rosa Diaz"


def test_a_word_after_the_report_heading_that_names_nobody_leaves_the_office():
    assert _speaker(BOARD, "The figures of the second quarter") == "Treasurer"


def test_a_round_table_heading_groups_the_members_reports():
    assert _speaker(BOARD, "Finished the wiring") == "Tom Lee"


def test_a_signature_line_gives_the_paragraphs_above_it_to_the_signer():
    assert _speaker(BOARD, "needs a lamp and a shelf") == "Alberto"


def test_a_signature_line_of_nobody_in_the_lists_signs_nothing():
    assert _speaker(BOARD, "The shelves in the back room") is None


def test_a_french_report_heading_naming_a_listed_person_is_theirs():
    assert _speaker(BOARD, "Les ateliers du samedi") == "Alberto"


TURN_IN_REPORT = """Board Meeting Minutes

Members present:

Ana Gil, Tom Lee, Rosa Diaz

Called to order at 7 pm by Ana Gil.

Treasurer Report

Tom Lee said that the roof of the workshop leaks again after the storm. It will cost about five hundred dollars to fix.
"""


def test_a_turn_running_on_from_before_the_report_heading_ends_there():
    assert _speaker(BOARD, "enough to pay the rent") == "Treasurer"


def test_a_turn_taken_inside_the_report_runs_on_as_before():
    assert _speaker(TURN_IN_REPORT, "It will cost about five hundred") == "Tom Lee"
