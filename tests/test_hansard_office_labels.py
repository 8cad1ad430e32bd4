"""A Hansard's labels as Kenya's Senate writes them: an office with its holder in brackets ("The Deputy Speaker (Sen.
Kembi-Gitura):"), a title in brackets after the honorific ("Sen. (Prof.) Lonyangapuo:"), and the PDF's page footer
"Disclaimer: …", which is nobody's turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

HANSARD = """REPUBLIC OF KENYA

THE SENATE

Wednesday, 31st July, 2013

The Deputy Speaker (Sen. Kembi-Gitura): Hon. Senators, I wish to announce the result of the division on the Motion.

Sen. (Prof.) Lonyangapuo: Mr. Deputy Speaker, Sir, I rise to seek a Statement on the security of our roads.

Disclaimer: The electronic version of the Senate Hansard Report is for information purposes only.

Sen. Khalwale: Mr. Deputy Speaker, Sir, on a point of order, the threshold has not been reached today.

The Senate Minority Leader (Sen. Wetangula): Thank you, Mr. Deputy Speaker, Sir, for this opportunity.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(HANSARD, "hansard.txt"), fragment)


def test_office_with_its_holder_in_brackets_is_the_holder():
    assert _speaker("I wish to announce the result") == "Sen. Kembi-Gitura"


def test_party_office_with_its_holder_is_the_holder():
    assert _speaker("Thank you, Mr. Deputy Speaker, Sir, for this") == "Sen. Wetangula"


def test_bracketed_title_after_the_honorific_is_no_part_of_the_name():
    assert _speaker("I rise to seek a Statement") == "Sen. Lonyangapuo"


def test_page_footer_disclaimer_is_nobodys():
    assert parse_label("Disclaimer") is None


def test_a_role_in_brackets_form_keeps_the_role():
    # near miss: "The Chair (Hon. Jane Roe)" is a role `role_of` knows: the rules for roles keep it
    assert parse_label("The Chair (Hon. Jane Roe)").role is not None
