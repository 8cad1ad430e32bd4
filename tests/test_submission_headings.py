"""A hearing transcript whose parts are headed "Submissions by Mr X" over "Mr X: …" labels: the heading names the
speaker of a part, as a conference report names a talk's speaker, but the "we" and "I" under the label are the
labelled speaker's own, not a note-taker's asides. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

HEARING = """Official hearing page

8 December 2022

(10.00 am)

The Usher: Good morning everyone. The hearing will be starting in about ten minutes.

Sir Wyn Williams: So let's go by the batting order, I think Mr Chapman was first up.

Mr Chapman: Thank you, sir, about ten minutes will be enough for my submissions.

Sir Wyn Williams: Then Mr Moloney, then Mr Henry.

Submissions by Mr Moloney

Sir Wyn Williams: Yes, Mr Moloney?

Mr Moloney: Thank you, sir, these submissions are on behalf of the claimants we represent.

Our submissions identify and address some of the specific practical issues arising in connection with the claims.

I'll take those in order, sir, starting with the shortfall scheme.

Submissions by Mr Henry

Mr Henry: Sir, I represent a group of subpostmasters whose convictions were overturned.

I now want to transpose them on to a living human being who is here today.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(HEARING, "hearing.txt"), fragment)


def test_we_under_the_label_is_the_labelled_speakers():
    assert _speaker("Our submissions identify and address") == "Mr Moloney"


def test_i_under_the_label_is_the_labelled_speakers():
    assert _speaker("take those in order") == "Mr Moloney"


def test_the_next_part_has_its_own_speaker():
    assert _speaker("transpose them on to a living") == "Mr Henry"
