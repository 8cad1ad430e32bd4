"""A numbered heading on a line of its own over the paragraph it heads ("XV. Adjournment" / "With no further
business…, President Marx adjourned…") stays a line of its own in a text whose paragraphs are single lines, so the
paragraph's first sentence opens on its subject. A hard-wrapped item ("1. Discussion and possible action on a" /
"Memorandum of Understanding for…") still joins."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean

MINUTES = """Minutes of the Board Meeting

Present: Randy Marx, Mike McRae, Tom R. Gray

V. Discussion and Action Items: Old Business

1. Report back on the 2018 annual contract to supply water system parts to FOWD
General Manager Gray discussed the contract for generic parts and fittings, noting the vendor cannot hold to their prices and will not renew or rebid after the annual contract expires later this year. The pricing has been adjusted up with a six per cent increase.
Vice President McRae asked why not have FOWD stock parts.
"""


def test_numbered_heading_is_a_line_of_its_own():
    assert "parts to FOWD\nGeneral Manager Gray" in clean(MINUTES).text


def test_sentence_under_numbered_heading_is_its_subjects():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "generic parts") == "Tom R. Gray"


def test_wrapped_numbered_item_joins_its_next_line():
    text = "Agenda\n\n1. Discussion and possible action on a Memorandum of Understanding for a\nRegional Meter Replacement Program to be signed by the General Manager next month.\n"
    assert "for a Regional Meter" in clean(text).text


def test_numbered_line_as_long_as_the_next_joins_it():
    text = "Notes\n\n2. The board reviewed the whole of the annual budget for the district and its\nReserves at length.\n"
    assert "and its Reserves" in clean(text).text
