"""A raw IRC log ("14:05 <nick> words", "[14:05] <nick>", "<nick>" alone, "* nick does something"): each line is
the nick's that typed it, a relay bot's line is the relayed sender's, and the client's join/part/quit notices are
nobody's. People are the nicks as written."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.irc_log import irc_log
from quidit.ingest.lines import scan_lines
from quidit.ingest.pipeline import speakers_of

LOG = """Weekly sync, channel log

Present: ada, Bob42, carol

Log

20:01 <ada> hello all, let us start
20:01 <+Bob42> hi there
20:02 <ada> first item is the release date
20:02 <@carol> the build farm is still red
20:03 <+Bob42> i can look at the failing job tonight
20:03 <ada> thanks, that would help a lot
20:04 -!- dave [~d@example.org] has joined #sync
20:04 <@carol> the second thing is the mirror list
20:05  * Bob42 waves at dave
20:05 <ada> ok, moving on to the mirror list
20:06 <@carol> two mirrors are stale since march
20:07 *** dave has quit (Ping timeout)
20:07 <ada> then we drop them from the list
20:08 <+Bob42> agreed, drop them
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "log.txt"), fragment)


def _people(doc: str) -> list[str]:
    return [s.name for s in speakers_of(ingest_text(doc, "log.txt"))]


@pytest.mark.parametrize(("fragment", "nick"), [
    ("first item is the release date", "ada"),
    ("i can look at the failing job", "Bob42"),  # "<+Bob42>": the voice sign is no part of the nick
    ("the build farm is still red", "carol"),  # "<@carol>": nor is the operator's
])
def test_each_message_is_its_nicks(fragment, nick):
    assert _speaker(LOG, fragment) == nick


def test_a_me_action_is_the_nicks_own_line():
    assert _speaker(LOG, "waves at dave") == "Bob42"


@pytest.mark.parametrize("fragment", ["has joined #sync", "has quit (Ping timeout)"])
def test_a_client_notice_is_nobodys(fragment):
    assert _speaker(LOG, fragment) is None


def test_people_are_the_nicks_as_written_and_not_who_only_joined():
    people = _people(LOG)
    assert {"ada", "Bob42", "carol"} <= set(people)
    assert "dave" not in people


def test_bracketed_times_and_no_times_read_the_same():
    bracketed = "\n".join(
        "[" + line[:5] + "]" + line[5:] if line[:2].isdigit() else line for line in LOG.split("\n"))
    untimed = "\n".join(line[6:] if line[:2].isdigit() else line for line in LOG.split("\n"))
    for doc in (bracketed, untimed):
        assert _speaker(doc, "two mirrors are stale") == "carol"
        assert _speaker(doc, "waves at dave") == "Bob42"


@pytest.mark.parametrize("notice", ["* erin is now known as erin_away", "* ana a rejoint #sync", "* luis ha salido",
                                    "<-- erin has quit (Quit: bye)", "--> erin has joined #sync"])
def test_notices_in_other_clients_and_languages_are_nobodys(notice):
    doc = LOG.replace("20:04 -!- dave [~d@example.org] has joined #sync", "20:04 " + notice)
    assert _speaker(doc, notice.split()[-1]) is None


RELAYED = LOG.replace("20:03 <ada> thanks, that would help a lot", "20:03 <+relay> <zoe_m> is the farm on arm too?") \
    .replace("20:06 <@carol> two mirrors are stale since march", "20:06 <+relay> <zoe_m> the eu mirror is mine, i can fix it") \
    .replace("20:08 <+Bob42> agreed, drop them", "20:08 <+relay> [kit] drop the stale ones")


@pytest.mark.parametrize(("fragment", "nick"), [
    ("is the farm on arm too?", "zoe_m"),
    ("the eu mirror is mine", "zoe_m"),
    ("drop the stale ones", "kit"),  # "[kit]": a bridge that brackets the sender
])
def test_a_relay_bots_line_is_the_relayed_senders(fragment, nick):
    assert _speaker(RELAYED, fragment) == nick


def test_the_relay_bot_is_not_a_speaker():
    assert "relay" not in _people(RELAYED)


def test_a_nick_quoting_another_once_is_still_the_quoter():
    # near miss: one "<ada> <carol> …" line among ada's own is ada quoting carol, not a relay
    doc = LOG.replace("20:07 <ada> then we drop them from the list", "20:07 <ada> <carol> two mirrors are stale")
    assert _speaker(doc, "<carol> two mirrors are stale") == "ada"


def test_a_bullet_in_an_untimed_log_is_no_action():
    # near miss: "* Creating a form" opens no line of a nick the log writes, and has no time: a list item
    untimed = "\n".join(line[6:] if line[:2].isdigit() else line for line in LOG.split("\n"))
    doc = untimed + "\nNotes\n\n* Creating a form for the mirrors\n"
    assert "Creating" not in _people(doc)


def _is_log(doc: str) -> bool:
    ct = clean(doc)
    return irc_log(ct.text, scan_lines(ct))


def test_a_log_is_told_by_its_message_lines():
    assert _is_log(LOG)


def test_a_few_angle_bracket_lines_in_prose_make_no_log():
    # near miss: three quoted chat lines in an article are not a log
    doc = ("The outage began late.\n\nSomeone wrote on the channel:\n\n<ada> is the farm down?\n<bob> yes\n<ada> ok\n\n"
           + "The team then restarted the build farm and wrote a report about it.\n\n" * 6)
    assert not _is_log(doc)


def test_a_log_is_verbatim_even_under_a_present_line():
    assert ingest_text(LOG, "log.txt").genre.value == "verbatim"


def test_a_nick_that_starts_with_another_is_another_person():
    # near miss: scribe minutes join "Jen" and "jensimmons"; in a log "ada" and "adam" are two people
    doc = LOG.replace("20:08 <+Bob42> agreed, drop them", "20:08 <adam> agreed, drop them\n20:09 <adam> bye")
    assert _speaker(doc, "agreed, drop them") == "adam"
    assert _speaker(doc, "first item is the release date") == "ada"
    assert {"ada", "adam"} <= set(_people(doc))
