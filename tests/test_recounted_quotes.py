"""A speaker in reported-speech minutes who recounts what others resolved or wrote: a country named with its article
("The United States authorities had suggested…"), another meeting's dated resolution ("At the … Conference in
November, 1944, the following resolution was adopted:-"), an article cited ("Article 22 said:-") and the old
colon-dash that introduces a quotation ("Two comments could fairly be made:-"). The turn goes on through all of them;
the record's own undated resolution still ends it. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Minutes of a Commonwealth Meeting

LORD CRANBORNE invited Colonel Stanley to open the discussion on the future of the territories.

COLONEL STANLEY said that conversations were to be held before the conference. The United States authorities had suggested that these conversations should be held in Washington. He would begin with the memorandum on colonial policy.

DR. EVATT said that the Australian Government had expected to be consulted in advance.

At the Australian-New Zealand Conference in November, 1944, the following resolution was adopted:-

'Powers responsible for dependent territories should accept the principle of trusteeship.'

Provided that the central body were properly constituted, he did not see how any objection could be raised.

Article 22 said:-

'the principle that the well-being and development of such peoples form a sacred trust of civilisation.'

Two comments could fairly be made:-

(a) The nations invited to the discussions had been chosen as permanent members of the council.
"""

RECORD = """Minutes of the Board

Present: Jane Roe (Chair), John Smith, Mary Major.

Jane Roe said that the budget was ready for a vote.

The following resolution was adopted:

That the budget for the coming year be approved as presented to the members.
"""


def _speaker(fragment: str, text: str = MINUTES) -> str | None:
    return speaker_at(ingest_text(text, "minutes.txt"), fragment)


def test_a_country_with_its_article_does_not_take_the_turn():
    assert _speaker("conversations should be held in Washington") == "Colonel Stanley"


def test_a_country_with_its_article_is_no_participant():
    names = [p.name for p in ingest_text(MINUTES, "minutes.txt").participants]
    assert not any("United" in n for n in names)


def test_another_meetings_dated_resolution_is_quoted_by_the_speaker():
    assert _speaker("Powers responsible for dependent territories") == "EVATT"


def test_the_speaker_goes_on_after_the_quoted_resolution():
    assert _speaker("did not see how any objection") == "EVATT"


def test_a_cited_article_is_no_deliberation_heading():
    assert _speaker("form a sacred trust of civilisation") == "EVATT"


def test_a_colon_dash_line_introduces_the_speakers_points():
    assert _speaker("had been chosen as permanent members") == "EVATT"


def test_the_records_own_resolution_is_still_nobodys():
    assert _speaker("be approved as presented to the members", RECORD) is None
