"""Live minutes of a standards group whose turns are list items opened by the speaker's lower-case first name in
brackets ("* [ana] I think…"), under an attendee list of full names: each handle is the listed person it names, a
handle nobody listed is a speaker of its own, and a changelog's "* [docs] Fix typo." is no turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Working group call, 3 March 2025

Attendees

* Ana Lindqvist (Foo Browser)
* Karel Novak (Bar Labs)
* Wen Li (Baz Inc)

Notes

Storage quotas

* [ana] We have seen extensions run out of space when syncing large settings.
* [karel] Could we raise the quota for signed extensions only?
* [ana] That would help, but it splits the platform.
* [wen] I would rather add a way to ask the user for more space.
* [tomas] As background, I maintained a sync library for years. Most quota errors come from retries.
* [karel] Good point, we should log them first.

Action items

* [ana] File an issue about quota errors.
"""

CHANGELOG = """Release notes, version 2.3

Changes

* [docs] Fix the typo in the install guide.
* [deps] Update the parser to 4.1.
* [fix] Handle empty files without a crash.
* [build] Drop the old wheel tags.
"""


def test_a_bracketed_first_name_is_the_listed_person():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "raise the quota for signed") == "Karel Novak"


def test_an_unlisted_bracketed_handle_speaks_under_its_handle():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "Most quota errors come from retries") == "tomas"


def test_change_kinds_in_brackets_are_no_speakers():
    t = ingest_text(CHANGELOG, "notes.md")
    assert {p.name for p in t.participants} & {"docs", "deps", "fix", "build"} == set()
