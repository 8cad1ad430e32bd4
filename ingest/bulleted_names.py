"""Call notes that open each turn with a list item holding only the speaker's name, the words in the items under it:

    Attendees: please sign yourself in!
    1. Michael Kleber (Google Privacy Sandbox)
    2. Jonasz Pamuła (RTB House)
    …
    *   Jonasz (RTB House)
        *   Can we get more guidance on the timeline?
    *   Michael Kleber
        *   The actual answer to the question is not entirely in our own hands.
    *   Michael
        *   Anything that involves what the regulator is going to do…

The cleaned text keeps no nesting, and a list item holding a name alone is also an attendee list's entry or an agenda
item's owner. Such an item opens a turn where the document's own attendee list names the person (in full, or by the
first name only one listed person has, the organisation in brackets after it perhaps), the line under it is a list
item that is no such name, and the text writes `BULLET_NAME_TURNS_MIN` such turns for `BULLET_NAME_SPEAKERS_MIN` people
at least. In that layout a full name the list leaves out (a guest who did not sign in) opens a turn the same way; an
item naming several people ("Ana Gil / Karel Novak (Acme)") is a joint heading, nobody's turn.
"""
from __future__ import annotations

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    BULLET_NAME_ITEM,
    BULLET_NAME_SPEAKERS_MIN,
    BULLET_NAME_TURNS_MIN,
    BULLET_NAMES_JOINER,
    BULLET_START,
)
from quidit.ingest.listed_headings import name_alone
from quidit.ingest.names import listed_one, lower_case_words
from quidit.ingest.records import Participant


def bulleted_name_turns(text: str, units: list[Line], participants: list[Participant], roster_end: int) -> set[int]:
    """Mark the list items that open a listed person's turn (`LineKind.SECTION`, the label the person's listed name)
    and the joint ones (`LineKind.HEADING`); return the indices of the turns' openings."""
    people = [p for p in participants if len(p.name.split()) >= 2]  # (the caller passes the listed people only)
    if len(people) < BULLET_NAME_SPEAKERS_MIN:
        return set()
    items = {i: m for i, u in enumerate(units)
             if u.start >= roster_end and u.kind in (LineKind.TEXT, LineKind.HEADING)
             and (m := BULLET_NAME_ITEM.fullmatch(text, u.start, u.end)) is not None}
    heads: dict[int, str] = {}
    guests: dict[int, str] = {}
    joint: set[int] = set()
    lower: frozenset[str] | None = None
    for i, m in items.items():
        if i + 1 >= len(units) or i + 1 in items or not BULLET_START.match(text, units[i + 1].start, units[i + 1].end):
            continue  # (a name over another name is a list; over nothing, a heading)
        name = m.group("name").strip()
        if len(parts := BULLET_NAMES_JOINER.split(name)) > 1:
            joint.update([i] if all(listed_one(p.strip(), people) for p in parts) else [])
        elif (who := listed_one(name, people)) is not None:
            heads[i] = who.name
        else:
            lower = lower_case_words(text) if lower is None else lower
            if (alone := name_alone(name, lower)) is not None:
                guests[i] = alone[0]
    if len(heads) < BULLET_NAME_TURNS_MIN or len(set(heads.values())) < BULLET_NAME_SPEAKERS_MIN:
        return set()
    heads |= guests
    for i, name in heads.items():
        units[i].kind, units[i].label, units[i].title = LineKind.SECTION, name, text[units[i].start:units[i].end]
    for i in joint:
        units[i].kind = LineKind.HEADING
    return set(heads)
