"""Zoom's web transcript copied out: a header of fields ("SIG: …", "Date: …", "Duration: 60 minutes"), a title
("## Zoom Recording Transcript"), then turns that open with the name and the clock on the line of the words
("Jason Plumb 00:02:04 I rebased…"), running on over unlabelled lines. The names speak; the header's first field,
the title and a duration in minutes are no speaker and no sign of minutes."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.genre import Genre

ZOOM = """SIG: Android SIG
Date: 2025-07-15
Duration: 60 minutes
============================================================

## Zoom Recording Transcript

Cesar Munoz 00:00:23 Hello!
Jason Plumb 00:00:25 Good morning.
Let me get set up here, the screen sharing is almost ready.
Hanson Ho 00:01:39 Jason. I was looking at your pull request and a bunch of other commits got tagged with it.
Jason Plumb 00:02:04 I rebased, but it went badly.
I don't know what I did, but it got real bad on this commit.
Cesar Munoz 00:02:14 I think it's a Github issue to be honest.
Hanson Ho 00:02:30 So open a can of worms here.
"""


def test_the_name_before_the_clock_speaks():
    assert speaker_at(ingest_text(ZOOM, "zoom.txt"), "I rebased, but it went badly") == "Jason Plumb"


def test_the_turn_runs_on_over_unlabelled_lines():
    assert speaker_at(ingest_text(ZOOM, "zoom.txt"), "got real bad on this commit") == "Jason Plumb"


def test_header_field_and_title_are_nobody():
    t = ingest_text(ZOOM, "zoom.txt")
    assert {p.name for p in t.participants} == {"Cesar Munoz", "Jason Plumb", "Hanson Ho"}


def test_a_duration_in_minutes_is_no_minutes_title():
    assert ingest_text(ZOOM, "zoom.txt").genre == Genre.VERBATIM


def test_a_sentence_with_a_time_is_no_label():
    text = ZOOM + "The Board 10:30 meeting was moved.\n"
    assert speaker_at(ingest_text(text, "zoom.txt"), "meeting was moved") == "Hanson Ho"


def test_the_clock_on_the_turn_line_times_the_passage():
    t = ingest_text(ZOOM, "zoom.txt")
    assert next(p for p in t.passages if "open a can of worms" in p.text).where() == "00:02:30"
