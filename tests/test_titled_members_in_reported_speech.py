"""Council minutes name a member by office and surname before the verb ("Councilor Roe asked that…", "Senator Doe
requested…"): the member on the list speaks, each sentence its own member; the office taken with the surname is no
new person (which the next members' sentences then matched)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import ROLE_NOUN_SLOT

MINUTES = """City Council Meeting 2024-03-05

Present: Jane Roe, John Doe, Mary Major.

Amendments

Councilor Roe asked that the clerk send the report to the library board.
Councilor Doe requested outreach to the schools in both languages.
"""


def test_each_titled_member_gets_their_own_sentence():
    t = ingest_text(MINUTES, "minutes.txt")
    assert speaker_at(t, "send the report to the library") == "Jane Roe"
    assert speaker_at(t, "outreach to the schools") == "John Doe"


def test_the_office_and_surname_make_no_new_person():
    t = ingest_text(MINUTES, "minutes.txt")
    assert not any(p.name.startswith("Councilor") for p in t.participants)


@pytest.mark.parametrize("prefix", ["Councilor ", "Councillor ", "Senator ", "Vice Mayor ", "Alderwoman "])
def test_an_office_before_the_surname_is_a_subject_slot(prefix):
    assert ROLE_NOUN_SLOT.search(prefix)


@pytest.mark.parametrize("prefix", [
    "The report by Councilor ",  # the name inside a phrase, not the sentence's subject
    "We thanked Senator ",
    "councilor ",  # a common noun in lower case
])
def test_near_misses_are_no_subject_slot(prefix):
    assert not ROLE_NOUN_SLOT.search(prefix)
