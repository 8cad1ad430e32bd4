"""A transcript relays a written comment with a label-like line ("David in comments: SLOP.", "Ana en el chat: …",
"Luc dans le chat : …"): not speech in the call, so nobody's words, and the turn around it goes on."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

PANEL = """Panel transcript

Jay: I have to ask this only because I am new to the ecosystem.

David in comments: SLOP.

Jay: Exactly, this is the problem.

David: Come to the summit and help us figure it out.

Jay: I will try.

David: See you there.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "panel.txt")
    return speaker_at(t, fragment)


def test_a_relayed_comment_is_nobodys():
    assert _speaker(PANEL, "SLOP") is None


@pytest.mark.parametrize("line", ["Ana en el chat: SLOP.", "Luc dans le chat : SLOP.", "David in the chat: SLOP."])
def test_the_same_in_spanish_french_and_english(line):
    assert _speaker(PANEL.replace("David in comments: SLOP.", line), "SLOP") is None


def test_the_same_person_speaking_with_a_plain_label_is_theirs():
    # near miss: "David: …" is David's turn
    assert _speaker(PANEL, "Come to the summit") == "David"
