""""Whereas" opens a recital in a resolution ("WHEREAS, the Board…", "Whereas the Council has…"); in speech it is a
conjunction ("Whereas with Postgres, they can live anywhere"), and the speaker goes on."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PANEL = """Panel transcript

Floor: I know where to go for my gems.

Celeste: Every plugin lives in one place, and I know where to look for
it when I need one. Whereas with Postgres, they can live pretty much
anywhere. It is a bit of a mess.

Floor: Thank you, Celeste.

Celeste: You are welcome.
"""

RESOLUTION = """Board Meeting Minutes

Present: Anna Berg, Omar Haddad

Anna Berg presented the budget for next year. Whereas the Board has reviewed the budget, it is resolved that the budget is approved.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "doc.txt")
    return speaker_at(t, fragment)


def test_whereas_as_a_conjunction_keeps_the_speaker():
    assert _speaker(PANEL, "Whereas with Postgres") == "Celeste"


def test_the_turn_goes_on_after_a_whereas_sentence():
    assert _speaker(PANEL, "It is a bit of a mess") == "Celeste"


def test_a_recital_whereas_is_still_narration():
    # near miss: "Whereas the Board has reviewed…" is the resolution's recital, nobody's speech
    assert _speaker(RESOLUTION, "Whereas the Board has reviewed") is None
