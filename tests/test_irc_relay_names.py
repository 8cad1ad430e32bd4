"""An IRC log where a bot named for the relay it is ("i2p-relay") passes on one line from another network, the
sender's nick in braces ("{-anonimal}"): the line is the sender's, though the bot relays only once; a user who once
opens a line with a nick in braces is still the one speaking."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

LOG = """<fluffy> Meeting time, welcome everyone.
<moomoo> hi all
<fluffy> First item: the release schedule.
<moomoo> The branch is ready, we can tag on Friday.
<hyc> I still see a crash on arm64 builds.
<moomoo> That one is fixed in the last pull request.
<i2p-relay> {-anon} Kovri topics today will be the API and the logo.
<hyc> ok, I will test again tonight.
<fluffy> {-anon} asked about the logo last week too, we will vote on it later.
<moomoo> Sounds good to me.
<fluffy> Thanks all, see you next week.
"""


def test_a_bot_named_relay_speaks_for_the_nick_it_relays():
    t = ingest_text(LOG, "meeting.log")
    assert speaker_at(t, "Kovri topics today") == "anon"


def test_a_user_opening_with_a_braced_nick_still_speaks():
    t = ingest_text(LOG, "meeting.log")
    assert speaker_at(t, "asked about the logo last week") == "fluffy"
