"""A court or hearing transcript written as the speaker's full name alone on a line over the words, the name with a
middle initial and a generation's suffix ("Thomas R. Hale, Jr.", "Grace M. Okafor"): such a line is a turn, its
suffix kept in the name and its middle initial no French honorific "M."; a name that speaks only once holds when the
chair calls on that person by title and surname elsewhere ("Judge Okafor?"). A name written once and never called so
stays no turn; "Question de M. Dupont" stays no name. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

ARGUMENT = """Oral Argument - March 3, 2021

Thomas R. Hale, Jr.
We'll hear argument next in the water rights case. Ms. Lindqvist.

Anna B. Lindqvist
Thank you, Chief Judge. The compact gave the river to both states in equal shares.

Thomas R. Hale, Jr.
Counsel, the compact says nothing about the groundwater under the basin.

Anna B. Lindqvist
It does not, Your Honor, but the practice of both states for sixty years fills that gap.

Thomas R. Hale, Jr.
Judge Okafor?

Grace M. Okafor
Thank you. Counsel, how would the special master measure the practice you rely on?

Anna B. Lindqvist
By the diversion records each state filed with the commission every year.

Thomas R. Hale, Jr.
Thank you, counsel.

{once}
The river commission kept every one of those records in the same archive.
"""


def _argument(once: str = "Peter Q. Novak"):
    return ingest_text(ARGUMENT.format(once=once), "argument.txt")


def test_name_line_with_a_generation_suffix_is_a_turn():
    assert speaker_at(_argument(), "Counsel, the compact says nothing") == "Thomas R. Hale, Jr."


def test_middle_initial_is_no_honorific():
    assert parse_label("Grace M. Okafor").name == "Grace M. Okafor"


def test_one_turn_called_by_title_is_that_persons():
    assert speaker_at(_argument(), "how would the special master measure") == "Grace M. Okafor"


def test_one_turn_never_called_by_title_is_no_turn():
    assert speaker_at(_argument(), "The river commission kept every one") != "Peter Q. Novak"


def test_suffix_after_the_comma_is_no_affiliation():
    lab = parse_label("Thomas R. Hale, Jr.")
    assert lab.affiliation is None and lab.core == "Thomas R. Hale"


def test_title_after_the_comma_is_still_an_affiliation():
    assert parse_label("Jane Roe, Chief Counsel").affiliation == "Chief Counsel"


def test_french_honorific_after_a_preposition_is_no_initial():
    assert parse_label("Question de M. Dupont") is None


def test_french_honorific_before_a_surname_in_capitals_is_no_initial():
    assert parse_label("Intervention M. DUPONT") is None
