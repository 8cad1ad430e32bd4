"""Running notes hard-wrapped at about 80 characters, one speaker tag per bullet: a line that opens on a short tag
("Lena K: …", "LenaK: …") or on a bracketed record mark ("[ACTION] …", "[Outcome] …") starts a new sentence even
when the line before ends without a full stop, so the tag is read as that person's label and the mark as the
record's line, nobody's; a wrapped continuation line, which opens on no tag, stays in the sentence it continues.
An issue tracker's "Labels:" field names nobody."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Summit notes, day 1

Roundtable: release cadence
Chaired by: Marta Olsen

Lena K: Would it make sense to generalize the release process for other
  distros to engage a broader group of contributors
Tomas B: We could ask clouds to sponsor accounts for distribution testing
[ACTION] Releases: document the downstream patches we apply
Lena K: do you have a separate policy for how you approach those downstream
  patches and the backports
  [Outcome] Multiple people preferring the changelog route
Tomas B: Our own policy is written down in the packaging repository for everyone
"""

TRACKER = """Council meeting, 14 March

"Update on council elections" council#160

Link: https://example.org/council/issues/160
Labels: T-council, I-nominated

Ada Stone: The compiler team has confirmed its selection for the council seat.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_a_tag_opening_a_line_after_an_unfinished_line_is_a_new_speakers_label():
    assert _speaker(NOTES, "We could ask clouds") == "Tomas B"


def test_a_wrapped_continuation_line_stays_with_its_speaker():
    assert _speaker(NOTES, "distros to engage a broader group") == "Lena K"


def test_a_bracketed_action_mark_opening_a_line_is_nobodys():
    assert _speaker(NOTES, "[ACTION] Releases: document") is None


def test_a_bracketed_outcome_mark_in_a_nested_bullet_is_nobodys():
    assert _speaker(NOTES, "[Outcome] Multiple people") is None


def test_after_the_action_mark_the_next_tag_speaks_again():
    assert _speaker(NOTES, "do you have a separate policy") == "Lena K"


def test_an_issue_trackers_labels_field_names_nobody():
    assert _speaker(TRACKER, "Labels: T-council") is None
