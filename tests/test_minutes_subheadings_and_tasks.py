"""Minutes that number their agenda items write unnumbered headings inside an item ("7. Dictionaries" / "Jane Roe
spoke to this topic." / "Syntax" / "She now believes…"): the pronoun after such a heading is still the item's
speaker; after the next numbered item it stands for nobody. Minutes end with their task list ("Action Items" / "Jane
Roe will send the report…"): the record's tasks, nobody's words, up to the next heading. "Meeting called to order @
17:05" is a meeting's clock: the text is its minutes."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.minutes import minutes_cue

MINUTES = """Minutes of the Working Group meeting

Present: Jane Roe, Mark Lane, Ann Dale.

6. Welcome

Mark Lane opened the meeting.

7. Dictionaries

Jane Roe spoke to this topic. The current dictionaries have gaps.

Syntax

The problem addressed by the XML encoding.

Semantics

She now believes that the semantics need a formal model.

8. Next meeting

She will be away in June.

Action Items

Jane Roe will send the draft to the list.
Mark Lane to book the room.

Adjourn

Mark Lane said the next call is in May.
"""


def test_pronoun_after_an_unnumbered_heading_is_the_items_speaker():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "formal model") == "Jane Roe"


def test_pronoun_after_a_numbered_item_stands_for_nobody():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "away in June") is None


def test_action_items_are_nobodys_words():
    t = ingest_text(MINUTES, "minutes.txt")
    assert speaker_at(t, "send the draft") is None
    assert speaker_at(t, "book the room") is None


def test_heading_after_the_action_items_ends_them():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "next call is in May") == "Mark Lane"


def test_called_to_order_with_its_time_is_a_meeting_clock():
    assert minutes_cue("Working Meeting\n\nMeeting called to order @ 17:05 UTC.\n\nJane Roe presented.") is not None


def test_called_to_order_without_a_time_is_no_clock():
    assert minutes_cue("A story\n\nThe meeting was called to order by the chair.\n\nJane Roe presented.") is None
