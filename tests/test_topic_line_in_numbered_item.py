"""Minutes that number their items: a topic line inside an item ("Semantics were important, e.g. is 0∈N" under
"3. OMDoc" and "MK spoke to this topic.") ends the sentence's turn but not the item, so a later "He claimed that…" is
still the item's speaker; a new numbered item forgets them."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """OpenMath Meeting, 10th August 2000

Present: Michael Kohlhase (MK), Anne Roe (AR), Jane Doe (JD).

1. Introduction

AR opened the meeting and welcomed the participants.

2. Content dictionaries

JD spoke to the issue of content dictionaries.

3. OMDoc infrastructure

MK spoke to this topic. Last year, he had made proposals to enhance OpenMath.

Syntax

the problem addressed by OpenMath's XML encoding.

Protocol/Control

OpenMath does not make any contribution here. He now believes
that KQML is the answer here.

Semantics

The dictionaries are machine-readable, but not really
machine-understandable, since most descriptions are informal.
Semantics were important, e.g. is
0∈N

Context

The community has discussed dynamic CDs, but no real resolution has been achieved.

He therefore wanted an infrastructure. He claimed that we should be looking at
mathematical texts rather than formulae.

4. Next meeting

The next meeting will be held in London. He claimed that the date was not yet fixed.
"""


def test_a_pronoun_after_a_topic_line_is_the_items_speaker():
    assert speaker_at(ingest_text(MINUTES, "om.txt"), "looking at mathematical texts") == "Michael Kohlhase"


def test_a_new_numbered_item_forgets_the_speaker():
    assert speaker_at(ingest_text(MINUTES, "om.txt"), "date was not yet fixed") is None
