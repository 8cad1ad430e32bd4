"""A line opened by a count of people who share a name ("Deux Claire : l'une anime, l'autre est absente") is a note
about them, no one's turn (`labels.parse_label`, `lexicon.COUNT_LEADS`); a surname that looks like a number word in
another language ("Dos Reis") is still a label."""
from __future__ import annotations

from quidit.ingest.labels import parse_label


def test_a_count_before_a_first_name_is_no_label():
    assert parse_label("Deux Claire") is None
    assert parse_label("Two Johns") is None
    assert parse_label("Tres Marías") is None


def test_a_name_that_opens_with_dos_is_still_a_label():
    lab = parse_label("Dos Reis")
    assert lab is not None and lab.name == "Dos Reis"


def test_a_first_name_alone_is_still_a_label():
    assert parse_label("Claire").name == "Claire"
