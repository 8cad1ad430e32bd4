"""A hearing's "[00:15:40] Committee Counsel:" is the counsel's turn, though the text also writes "committee" and
"counsel" in lower case: an office, not a topic."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

HEARING = """[00:01:43] Chair Jane Roe: Good morning and welcome to this hearing of the committee. Our counsel will swear in the panel.

[00:02:10] Committee Counsel: For each of the witnesses, can you affirm to tell the truth in your testimony?

[00:02:30] John Smith: I do.

[00:02:40] Chair Jane Roe: Thank you. The committee will now hear the panel.

[00:09:05] Committee Counsel: Do each of you affirm to tell the truth before this committee?
"""


def test_committee_counsel_takes_the_floor():
    assert speaker_at(ingest_text(HEARING, "hearing.txt"), "can you affirm to tell the truth") == "Committee Counsel"
