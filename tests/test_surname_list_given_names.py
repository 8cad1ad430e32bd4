"""A society's attendance list of surnames with initials ("Present: Cohen (AMC), Kohlhase (MK)") names a member in
full where the prose writes a given name before the surname whose letter opens the initials ("Michael Kohlhase spoke
to…"): that turn is the member's. A title before the surname ("Dr Kohlhase") or two given names written for one
surname give no full name."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Minutes of the Society meeting

Present: Cohen (AMC), Kohlhase (MK), Mossakowski (TM), Naylor (WAN), Watt (SMW).

7. Content dictionaries

Michael Kohlhase spoke to this topic. The dictionaries are machine-readable.

8. Specification languages

Till Mossakowski (TM) spoke to the common specification language. It is based on predicate logic.

9. Other business

Dr Watt thanked the organisers. William Naylor and Walter Naylor were both mentioned.
"""


def _names() -> list[str]:
    return [p.name for p in ingest_text(MINUTES, "minutes.txt").participants]


def test_given_name_fitting_the_initials_names_the_member():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "this topic") == "Michael Kohlhase"


def test_given_name_with_initials_in_brackets():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "common specification") == "Till Mossakowski"


def test_title_before_the_surname_is_no_given_name():
    assert "Watt" in _names()


def test_two_given_names_for_one_surname_give_none():
    assert "Naylor" in _names()
