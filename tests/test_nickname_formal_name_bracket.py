"""Minutes that call a member by a nickname give the formal name in brackets at the first mention ("Alex (Alexander)
discussed…"): the bracket sits between the nickname and its speech verb and does not keep the nickname from
speaking. A longer aside in the brackets is no formal name, and the name stays only mentioned."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Steering Committee Minutes, 3 March 2025

Attendees: Alexander Moser, Maria Lopez (Chair), Peter Olsen

Parameter Change
Maria opened the item on the memory parameter for the next release.

Alex (Alexander) discussed the proposed change to the memory limit for the smart contract scripts.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_a_nickname_with_its_formal_name_in_brackets_speaks():
    assert _speaker(EN, "proposed change to the memory limit") == "Alexander Moser"


def test_a_longer_bracketed_aside_is_no_formal_name():
    # near miss: "(who joined late from the airport)" is an aside, not a name: Alex is not made the speaker by it
    doc = EN.replace("Alex (Alexander) discussed", "Alex (who joined late from the airport) discussed")
    assert _speaker(doc, "proposed change to the memory limit") != "Alexander Moser"
