"""An officer the attendance list names under a two-word title ("Parish Clerk: Peter King", "Town Clerk: Sam Hale")
is meant by that title with its article afterwards ("The Town Clerk reported…"): `TITLE_MENTION_PAIR`."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DOC = """Minutes of the Ashby Village Council meeting held on 4 March 2025

Present: Ruth Ellis (RE), Tom Marsh (TM), Nora Pike (NP). Town Clerk: Sam Hale

The Town Clerk reported that the annual return had been sent to the external auditor before the deadline.

RE thanked the Deputy Town Clerk for preparing the audit papers for the meeting so quickly.

The Deputy Clerk noted that the audit papers had been sent to the members a week before the meeting.
"""


def test_the_title_with_its_article_is_the_listed_officer():
    assert _speaker("the annual return had been sent") == "Sam Hale"


def test_another_title_with_one_word_in_common_is_not_the_officer():
    assert _speaker("the audit papers had been sent to the members") != "Sam Hale"


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(DOC, "minutes.txt"), fragment)
