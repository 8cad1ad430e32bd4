"""In minutes, a pull request's or an issue's number and title on a paragraph of its own ("PR #1412 - CPE conversion
rule") is an agenda item, and a "Note: …" paragraph is the writer's: neither goes on with the last speaker's turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.lexicon import TRACKER_ITEM_LINE
from quidit.ingest.lines import scan_lines
from quidit.ingest.ticket_items import mark_ticket_headings

MINUTES = """TC Meeting Minutes

Attendees: Thomas Schmidt, Sergii Demianchuk, Stefan Hagen

Thomas Schmidt said that the converter needs two more rules before the release.

PR #1408 - Fixes a typo.
PR #1422 - Adds missing test files requested by implementers.

Sergii Demianchuk asked why some PRs were created as drafts. Thomas Schmidt explained drafts are used to avoid accidentally merging PRs.

PR #1412 - CPE conversion rule in cvrf2csaf converter

Sergii Demianchuk asked whether the rule covers version ranges.

A motion to adjourn was presented by Thomas Schmidt and seconded by Sergii Demianchuk.

Note: All monthly meetings take place on the last Wednesday of each month at 13:00 ET.
"""


def test_a_pull_requests_title_is_nobodys():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "CPE conversion rule in cvrf2csaf") is None


def test_the_writers_note_is_nobodys():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "All monthly meetings take place") is None


def test_the_speakers_still_speak():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "asked whether the rule covers") == "Sergii Demianchuk"


def test_a_pull_requests_line_is_marked_a_heading():
    ct = clean(MINUTES)
    assert mark_ticket_headings(ct.text, scan_lines(ct)) >= 1


def test_a_sentence_about_a_pull_request_is_no_item():
    assert TRACKER_ITEM_LINE.match("PR #1412 - CPE conversion rule in cvrf2csaf converter")
    assert TRACKER_ITEM_LINE.match("PR #1412 was merged by Stefan yesterday.") is None
