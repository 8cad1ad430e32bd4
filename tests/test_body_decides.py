"""Minutes record the body's own decisions and the talk that followed as the record's words, not the last speaker's:
"The meeting elected X as a new member", "Le bureau décide…", "La asamblea aprobó…", "Discussion followed about…",
"This caused a lively debate…". A member's sentence that only names the body ("The committee should meet…") stays."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Minutes of the OpenMath Society meeting, 10 August 2000

Present: Arjeh Cohen, James Davenport, Mike Dewar.

James Davenport said that the content dictionaries were now stable.
{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "The meeting elected Michael Kohlhase as a new member.",
    "This caused a lively debate with no immediate resolution.",
    "Discussion followed about how this helps tracking.",
])
def test_the_bodys_decision_is_the_records(sentence):
    t = ingest_text(MINUTES.format(sentence=sentence), "minutes.txt")
    assert speaker_at(t, sentence[:30]) is None


def test_a_speakers_sentence_naming_the_body_stays_theirs():
    sentence = "He added that the committee should meet again in July."
    t = ingest_text(MINUTES.format(sentence=sentence), "minutes.txt")
    assert speaker_at(t, "committee should meet again") == "James Davenport"
