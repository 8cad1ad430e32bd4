"""Project-call notes whose turns are list items opened by the speaker's handle and a dash ("* kestrel - …"), the
handles being those of the notes' own attendee list: each rule on a small text written for the test, with the near
miss of a glossary list, whose "* term - meaning" items name no one."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

CALL = """Weekly parser call

Attendees

* kestrel
* mirabel9
* tomasz-k
* quill

Notes

Tokenizer

* kestrel - The new tokenizer is ready for review. I would like
  two reviewers before Friday.
* mirabel9 - happy to review it. Does it keep the old error messages?
* kestrel - mostly, two messages changed wording.
* tomasz-k - we depend on those messages in the test harness.
* mirabel9 - then let us keep both wordings for a release.
* tomasz-k - agreed, I will open the ticket.
- quill - the benchmark ran overnight and the new tokenizer is faster.
- mira - I can pair with quill on the benchmark write-up.
- kestrel - thanks all.
"""


def test_dashed_item_is_the_handles_turn():
    t = ingest_text(CALL, "call.txt")
    assert speaker_at(t, "happy to review it") == "mirabel9"


def test_wrapped_line_of_a_dashed_item_goes_on_with_its_handle():
    t = ingest_text(CALL, "call.txt")
    assert speaker_at(t, "two reviewers before Friday") == "kestrel"


def test_dashed_item_after_the_list_changes_its_mark():
    t = ingest_text(CALL, "call.txt")
    assert speaker_at(t, "the benchmark ran overnight") == "quill"


def test_dashed_handle_the_list_spells_longer_is_the_listed_person():
    t = ingest_text(CALL, "call.txt")
    assert speaker_at(t, "I can pair with quill") == "mirabel9"  # the one listed handle "mira" starts


GLOSSARY = """Parser glossary

Terms used in the design notes:

* lexer - the stage that cuts the input into tokens.
* parser - the stage that builds the tree from the tokens.
* lexer - also called the scanner in older notes.
* parser - its errors carry line and column.
* walker - the stage that visits the tree.
* walker - it runs once per file.
"""


def test_glossary_items_with_a_dash_name_no_one_without_an_attendee_list():
    t = ingest_text(GLOSSARY, "glossary.txt")
    assert speaker_at(t, "the stage that builds the tree") is None
