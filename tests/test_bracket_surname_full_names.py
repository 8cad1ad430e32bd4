"""A caption export names its speakers by surname in brackets ("[Collins] Thank you…"); the full name is elsewhere in
the text: alone on its line in a list of members over the title ("Kit Collins" / "Vice President"), with initials or a
nickname ("George A. Scarpelli", "Isaac B. “Zac” Bears"), or in a self-introduction ("my name is Michelle Berkson").
The speaker is that full name; a title before the surname in the bracket ("[City Clerk Hurtubise]") keeps it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MEMBERS = """City Council Committee

Members:

Isaac B. “Zac” Bears
City Council President
Kit Collins
City Council Vice President
Adam L. Hurtubise
City Clerk

Roll call:
[City Clerk Hurtubise] Vice president Collins?
[Collins] Present.
[Bears] The committee will come to order, thank you all for coming.
[Collins] Thank you, president. My question is about the school budget.
[Hurtubise] The clerk has the figures for the school budget.
[Bears] Thank you. We go to the people of the city now.
[Berkson on zoom] Hi, my name is Michelle Berkson, I live on Diane Road.
[Bears] Thank you for your question on the budget.
"""

NO_LIST = """Budget hearing

[Collins] Good evening, the hearing will start now.
[Smith] Thank you, I have a question on the budget.
[Collins] Go ahead, we are listening to you.
[Smith] Councelor Smith here again, on the same budget.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "captions.txt"), fragment)


def test_a_bracketed_surname_is_the_full_name_of_the_members_list():
    assert _speaker(MEMBERS, "My question is about the school budget") == "Kit Collins"


def test_initials_and_a_nickname_stay_in_the_listed_full_name():
    assert _speaker(MEMBERS, "The committee will come to order") == "Isaac B. “Zac” Bears"


def test_a_title_before_the_bracketed_surname_keeps_the_full_name():
    assert _speaker(MEMBERS, "Vice president Collins?") == "Adam L. Hurtubise"


def test_a_self_introduction_gives_the_full_name():
    assert _speaker(MEMBERS, "I live on Diane Road") == "Michelle Berkson"


def test_near_miss_without_a_full_name_the_surname_stays():
    assert _speaker(NO_LIST, "I have a question on the budget") == "Smith"


def test_near_miss_a_misspelt_title_is_no_given_name():
    assert _speaker(NO_LIST, "on the same budget") == "Smith"
