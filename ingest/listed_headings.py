"""Conference notes that list their speakers at the top ("Plenary Speakers:" over "Jane Roe, Acme University", one
a line) and then head each talk's notes with the speaker's name alone on a line of its own:

    Jane Roe

    Wrote about the public system that used to be free.
    She's interested in how the archive was put together.

The bare name is no sentence and no turn label (no colon), and a name alone may be a list entry or a title; it heads
a speaker's notes only where the document's own speakers list gave that very full name, the line is set apart by a
blank line and notes follow it. A heading joining two listed names ("Jane Roe & John Doe") is a joint talk's: it ends
the last speaker's notes and names no one speaker.
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import LISTED_PAIR_JOINER, fold
from quidit.ingest.records import Participant

LISTED_HEADINGS_MIN = 2  # listed speakers headed so before the layout counts (one bare name is a mention or a title)


def listed_name_headings(text: str, units: list[Line], participants: list[Participant], roster_end: int) -> set[int]:
    """Mark the lines that head a listed speaker's notes (`LineKind.SECTION`, the label the listed name) and the joint
    headings of two listed speakers (`LineKind.HEADING`); return the indices of the speakers' headings."""
    listed = {fold(p.name).strip(): p.name for p in participants if p.in_roster and len(p.name.split()) >= 2}
    if len(listed) < LISTED_HEADINGS_MIN:
        return set()
    heads: dict[int, str] = {}
    joint: set[int] = set()
    for i, u in enumerate(units):
        if u.start < roster_end or u.kind != LineKind.TEXT or not u.own_paragraph or i + 1 >= len(units):
            continue
        line = text[u.start:u.end].strip()
        notes = units[i + 1].kind in (LineKind.TEXT, LineKind.LABEL) \
            and re.search(r"[^\W\d_]{2}", text[units[i + 1].start:units[i + 1].end]) is not None
        if fold(line) in listed and notes:  # (a name over another heading, a list or nothing heads no notes)
            heads[i] = listed[fold(line)]
        elif len(parts := LISTED_PAIR_JOINER.split(line)) == 2 and all(fold(p.strip()) in listed for p in parts):
            joint.add(i)
    if len(heads) < LISTED_HEADINGS_MIN:
        return set()
    for i, name in heads.items():
        units[i].kind, units[i].label, units[i].title = LineKind.SECTION, name, text[units[i].start:units[i].end]
    for i in joint:
        units[i].kind = LineKind.HEADING
    return set(heads)
