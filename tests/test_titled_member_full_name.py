"""An advisory committee's minutes title members before the surname ("Member Kattouw pointed out…") and write their
full names only in the header's member list ("Roan Kattouw"): the speaker is cited by that full name, as after "Mr"."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Meeting Minutes: September 21, 2017

Open Source Voting System Technical Advisory Committee

Christopher Jerdonek, Chair

Roan Kattouw

Tony Wasserman

Member Kattouw pointed out a couple of mistakes in the draft minutes.

Member Wasserman asked if we might set a requirement on disability access.
"""


def test_a_titled_surname_takes_the_full_name_the_header_lists():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "couple of mistakes") == "Roan Kattouw"


def test_each_titled_member_takes_their_own_full_name():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "disability access") == "Tony Wasserman"


def test_a_titled_surname_two_listed_people_bear_stays_as_written():
    two = MINUTES.replace("Tony Wasserman", "Tony Wasserman\n\nAnna Wasserman")
    assert speaker_at(ingest_text(two, "minutes.txt"), "disability access") == "Member Wasserman"
