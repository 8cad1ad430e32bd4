"""Scribe-minutes rules (W3C/IRC tradition), each on a small text written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Garden Working Group teleconference
Present: Alice Martin, Bob Stone, Carol Diaz
Scribes: Carol Diaz

<carol> ScribeNick: carol
<alice> zakim, choose a victim
Topic: Watering schedule
alice: we have to decide when the pumps start
... the current timer runs at six in the morning
<bob> +present
... which wastes water on rainy days
zed: a rain sensor would solve that
<carol> alice: could we borrow one from the other site?
scribe: she also wants a budget line for it
<bob> q+
bstone: I can ask them this week.
... or next week at the latest
<carol> [silence on the call]
The Great Compost Debate: heaps or bins
Rose Hall Proposal #12
<bob> alice talks about the compost heap
alice: heaps are cheaper
ISSUE: where to store the compost bins.
RESOLUTION: buy one rain sensor
ACTION: bob to ask the other site
"""


@pytest.fixture(scope="module")
def mins():
    return ingest_text(MINUTES, "scribe.txt")


def _speaker(t, fragment):
    return speaker_at(t, fragment)


@pytest.mark.parametrize("fragment,speaker", [
    ("we have to decide when the pumps start", "Alice Martin"),
    ("a rain sensor would solve that", "zed"),
    ("I can ask them this week", "Bob Stone"),
    ("heaps are cheaper", "Alice Martin"),
], ids=["first-name-nick-resolved", "unlisted-nick", "initial-surname-nick", "after-heading"])
def test_lower_case_nick_label_is_a_turn(mins, fragment, speaker):
    assert _speaker(mins, fragment) == speaker


def test_continuation_line_carries_the_turn(mins):
    assert _speaker(mins, "the current timer runs at six") == "Alice Martin"


def test_continuation_after_chatter_keeps_the_speaker(mins):
    assert _speaker(mins, "or next week at the latest") == "Bob Stone"


def test_irc_chatter_does_not_end_the_turn(mins):
    assert _speaker(mins, "which wastes water on rainy days") == "Alice Martin"


@pytest.mark.parametrize("fragment", ["+present", "q+", "silence on the call", "alice talks about the compost", "choose a victim"],
                         ids=["present", "queue", "bracket-remark", "third-person-remark", "bot-command"])
def test_irc_chatter_is_narration(mins, fragment):
    assert _speaker(mins, fragment) is None


def test_scribe_minuting_someone_on_irc_is_that_person(mins):
    assert _speaker(mins, "could we borrow one from the other site") == "Alice Martin"


def test_scribe_self_label_continues_the_turn(mins):
    assert _speaker(mins, "she also wants a budget line") == "Alice Martin"


@pytest.mark.parametrize("fragment", ["Watering schedule", "heaps or bins", "Rose Hall Proposal", "buy one rain sensor",
                                      "bob to ask the other site", "where to store the compost", "ScribeNick"],
                         ids=["topic", "colon-title", "capital-line", "resolution", "action", "issue", "scribenick"])
def test_headings_and_records_are_narration(mins, fragment):
    assert _speaker(mins, fragment) is None


def test_no_scribe_rules_without_continuation_lines():
    t = ingest_text("Notes\nalice: hello there\nalice: more words\nbob: fine\n", "plain.txt")
    assert all(s.speaker is None for s in t.sentences)


PASTED = """Notes
Present: ana, ben, cat
ana: we start with the wiki
... the import is done
... the review is next
ben: I can review it
... this week
<@cat> I will help with the review
<+dan> ana: I did some of it already
* ben is on IRC only
* Creating a form for events
"""


@pytest.fixture(scope="module")
def pasted():
    return ingest_text(PASTED, "pasted.txt")


def test_channel_mode_sign_is_not_part_of_the_nick(pasted):
    assert _speaker(pasted, "I will help with the review") == "cat"


def test_nick_addressed_in_an_irc_line_is_not_the_speaker(pasted):
    assert _speaker(pasted, "I did some of it already") == "dan"


def test_irc_action_is_narration(pasted):
    assert _speaker(pasted, "is on IRC only") is None


def test_bullet_is_not_an_irc_action(pasted):
    assert _speaker(pasted, "Creating a form for events") is not None


NICKS = """Call notes
Present: Tim Lee, Ana Ruiz

Topic: Server
timlee: the server is down
... since this morning
... we restart it tonight
... after the backup
Jen: I can watch it
jensimmons: and I will write the post
Ana: thanks
"""


@pytest.mark.parametrize("fragment,speaker", [
    ("the server is down", "Tim Lee"),
    ("I can watch it", "jensimmons"),
    ("and I will write the post", "jensimmons"),
], ids=["nick-starting-with-listed-first-name", "first-name-then-nick", "the-nick-itself"])
def test_nick_starting_with_a_first_name_is_that_person(fragment, speaker):
    t = ingest_text(NICKS, "nicks.txt")
    assert _speaker(t, fragment) == speaker
