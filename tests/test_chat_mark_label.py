"""A turn label marked as written in the call's chat ("SJG <chat>:", "Ana (chat):", "Luc [chat] :") is that person's:
the mark is not part of the name. (A comment relayed by someone else, "David in comments:", stays nobody's.)"""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

CALL = """Notes of the community group call

Attendees

Alice Rowan
Conrad Wilde
Sean Jensen-Grey

AR: We changed the process document so that the wording matches what the group already does in practice.

SJG <chat>: If it passes the conformance tests, then it qualifies as a production engine for the process.

CW: My worry is that relaxing the requirement will make the second implementation far less meaningful.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "call.txt")
    return speaker_at(t, fragment)


def test_a_chat_marked_label_is_the_writers():
    assert _speaker(CALL, "If it passes the conformance tests") == "Sean Jensen-Grey"


@pytest.mark.parametrize("label", ["SJG (chat):", "SJG [chat]:"])
def test_the_other_chat_marks(label):
    assert _speaker(CALL.replace("SJG <chat>:", label), "If it passes the conformance tests") == "Sean Jensen-Grey"


def test_a_relayed_comment_stays_nobodys():
    # near miss: "Sean in the chat:" relays someone's comment (CHAT_RELAY_LABEL): nobody speaks it in the call
    doc = CALL.replace("SJG <chat>:", "Sean in the chat:")
    assert _speaker(doc, "If it passes the conformance tests") is None
