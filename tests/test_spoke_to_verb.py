"""English minutes report a point with "X spoke to the need for…" (spoke about it): a speech verb after the name,
like "spoke up"; "spoke" alone, with no "to"/"up", is not taken for one here."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Steering Committee Minutes, 3 March 2025

Attendees: Maria Lopez (Chair), Peter Olsen, Christian Taylor

Security Role
Maria opened the item on the new security role for the community.

Christian spoke to the need for this role given the state of the security operations today.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_spoke_to_is_a_speech_verb():
    assert _speaker(EN, "the need for this role") == "Christian Taylor"


def test_a_name_without_a_speech_verb_does_not_speak():
    # near miss: "Christian's role needs…" names him but no verb gives him the words
    doc = EN.replace("Christian spoke to the need for this role given", "Christian's team needs this role given")
    assert _speaker(doc, "this role given") != "Christian Taylor"
