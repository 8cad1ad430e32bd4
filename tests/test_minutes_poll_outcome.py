"""A poll's outcome recorded as a line of its own ("Unanimous consent poll: no objections, changes are approved.",
"Straw poll: …", "Sondage : …") is the record's, nobody's words (RECORD_LINE)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

CALL = """Notes of the community group call

Attendees

Alice Rowan
Conrad Wilde

AR: We changed the process document so that the wording matches what the group already does in practice.

CW: Thanks for working on this, it reads much better than the earlier version of the document.

Unanimous consent poll: no objections, changes are approved.

AR: Next we should look at the requirements for the second production implementation.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "call.txt")
    return speaker_at(t, fragment)


def test_a_polls_outcome_is_nobodys():
    assert _speaker(CALL, "no objections, changes are approved") is None


@pytest.mark.parametrize("line", ["Straw poll: no objections, changes are approved.",
                                  "Sondage : no objections, changes are approved.",
                                  "Sondeo: no objections, changes are approved."])
def test_the_same_for_straw_polls_in_french_and_spanish(line):
    doc = CALL.replace("Unanimous consent poll: no objections, changes are approved.", line)
    assert _speaker(doc, "no objections, changes are approved") is None


def test_a_turn_that_speaks_of_the_poll_is_the_speakers():
    # near miss: "CW: poll: …" is Conrad's turn; only a line that opens with the poll is the record
    doc = CALL.replace("Unanimous consent poll: no objections, changes are approved.",
                       "CW: poll: I have no objections, the changes look good to me and to my team.")
    assert _speaker(doc, "the changes look good") == "Conrad Wilde"
