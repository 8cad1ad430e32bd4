"""Agenda items headed by their owner's name, in minutes.

A committee's minutes may head an item with the member who brought it, then a colon and the item's topic ("Rob: The
need for a review of our subscription…", "Steve: AGM first steps", "Ana: Presupuesto de 2025"), and tell the item in
the third person right after ("Steve suggested that…", "Matt has been in contact with…"). That is a heading saying
whose item it is, not a turn of speech: a speaker does not name himself so under his own label. The label holds
nothing where the text first names its own person, within `ITEM_OWNER_SPAN` characters, as the subject of a verb in the
third person (`ITEM_OWNER_TOLD`), with no first person singular before (`ITEM_OWNER_SELF`: "Rob: I think Rob…").
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Label, Line, LineKind
from quidit.ingest.lexicon import ITEM_OWNER_SELF, ITEM_OWNER_SPAN, ITEM_OWNER_TOLD, SPEECH_VERB


def item_owners(text: str, units: list[Line], parsed: dict[int, Label]) -> set[int]:
    """The units of `parsed` whose label heads an agenda item told of its owner in the third person (see the
    module)."""
    out: set[int] = set()
    for i, lab in parsed.items():
        u = units[i]
        if u.kind != LineKind.LABEL or u.body is None or lab.role is not None or lab.gender or u.run_in:
            continue
        name = (u.label or "").strip(" *:")
        if not name or name != lab.core.strip():
            continue  # only a label written as the bare name ("Rob:", "Jane Roe:")
        body = text[u.body:min(len(text), u.body + ITEM_OWNER_SPAN)]
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", body):
            if ITEM_OWNER_SELF.search(body, 0, m.start()):
                break
            if ITEM_OWNER_TOLD.match(body, m.end()) or SPEECH_VERB.match(body, m.end() + 1):
                out.add(i)
                break
    return out
