"""A community group's call notes take up its tracker's issues one by one, each issue's title a paragraph of its own
with its number at the end ("Should the cache key include the port and the scheme of the top-level site? #7"): an
agenda heading, nobody's words, not the last labelled speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Storage WG call, 4 March 2024

Chair: Ana
Scribe: Bo

Agenda

Cache partitioning

Ana Gil: We have two open issues left on partitioning. Let us take them in order.

Bo Lind: I reviewed both of them last week and wrote a summary on each.

Should the cache key include the port and the scheme of the top-level site? #7

Carl Moe: Browsers disagree today. One of them ignores the port entirely.

Ana Gil: Then the spec should say so explicitly.

Define how opaque origins are partitioned in the cache #9 and PR Add an example for sandboxed frames and for popups opened from them #11

Bo Lind: The PR is ready for review now. Please take a look before Friday.
"""


def _speaker(fragment: str, doc: str = NOTES) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_an_issue_title_with_its_number_is_nobody_s():
    assert _speaker("Should the cache key include the port and") is None


def test_an_issue_and_its_pull_request_on_one_line_are_nobody_s():
    assert _speaker("Define how opaque origins are partitioned") is None


def test_a_labelled_turn_that_ends_with_an_issue_number_stays_the_speaker_s():
    # near miss: "Carl Moe: … see #7" is Carl's line, a label's, whatever its end
    doc = NOTES.replace("One of them ignores the port entirely.", "One of them ignores the port, see #7")
    assert _speaker("One of them ignores the port", doc) == "Carl Moe"
