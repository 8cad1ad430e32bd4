"""Call notes under a numbered attendee list ("Attendees: please sign yourself in!" over "1. Ana Lindqvist (Foo)"),
each turn a list item holding the speaker's name alone and the words in the items under it ("*   Ana" over "*   We
saw…"): the list is read though its heading carries a note to the readers, each name item opens the listed person's
turn, and a minutes label written both at the margin and in a list item ("Rob: …", "* Rob: …", Rob not in the list) stays a person's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Storage WG call: Agenda & Notes

Attendees: please sign yourself in!

1. Ana Lindqvist (Foo Browser)
2. Karel Novak (Bar Labs)
3. Wen Li (Baz Inc)

Notes

Quota timeline

*   Ana Lindqvist
*   We have seen extensions run out of space when syncing large settings.
*   Karel Novak (Bar Labs)
*   Could we raise the quota for signed extensions only?
*   Ana
*   That would help, but it splits the platform.
*   Wen Li
*   I would rather add a way to ask the user for more space.
*   Karel
*   Good point, we should measure the failures first.
"""

MINUTES = """Privacy group call

Attendees

1. Theresa Oconnor (Apple)
2. Peter Snyder (Brave)
3. Martin Thomson (Mozilla)

Rob: It is hard to tell these two cases apart.
Peter: Most trackers use one identifier per user.

Second topic

* Rob: browsers are software, so intent must be expressed somehow.
* Peter: at our company, consent is just one input among others.
"""


def test_a_numbered_list_under_a_note_to_readers_is_the_attendance():
    t = ingest_text(NOTES, "notes.md")
    assert {"Ana Lindqvist", "Karel Novak", "Wen Li"} <= {p.name for p in t.participants}


def test_a_first_name_item_opens_the_listed_persons_turn():
    t = ingest_text(NOTES, "notes.md")
    assert speaker_at(t, "That would help, but it splits") == "Ana Lindqvist"


def test_a_full_name_item_with_organisation_opens_a_turn():
    t = ingest_text(NOTES, "notes.md")
    assert speaker_at(t, "raise the quota for signed") == "Karel Novak"


def test_a_margin_label_keeps_its_list_item_turns():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "browsers are software") == "Rob"
