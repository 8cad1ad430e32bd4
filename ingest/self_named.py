"""A label's misspelling, corrected by the speaker's own words.

A stenographer may spell one speaker's label two ways ("JUANA LISSETTE:" and, a turn later, "JUANA LISSET:"); the
two labels then count as two people. When the speaker under one spelling gives her name in that very turn ("JUANA
LISSET: Yo me llamo Juana Lissette, para servirle."), and another label writes exactly that name, the two labels are
one person: the one the speaker names. Only a spelling of the same name gives way: the same first name, and each
other word the same, cut short ("Lisset" / "Lissette") or a letter or two off; "ANA GIL: Me llamo Ana Gómez" beside
"ANA GÓMEZ:" is no spelling of it and is left alone.
"""
from __future__ import annotations

from rapidfuzz.distance import OSA

from quidit.ingest.labels import Line
from quidit.ingest.lexicon import SELF_NAMED_LETTERS_OFF, TURN_SELF_INTRO, fold
from quidit.ingest.records import Participant


def _spelling(label: str, said: str) -> bool:
    """Whether the label is a spelling of the name said: the same first word, each other word equal, cut short or
    SELF_NAMED_LETTERS_OFF letters off with the same first letter."""
    a, b = fold(label).split(), fold(said).split()
    if len(a) != len(b) or a == b or a[0] != b[0]:
        return False
    return all(x == y or x.startswith(y) or y.startswith(x)
               or x[0] == y[0] and OSA.distance(x, y) <= SELF_NAMED_LETTERS_OFF for x, y in zip(a[1:], b[1:]))


def self_named(text: str, units: list[Line], people: dict[int, Participant]) -> list[tuple[Participant, Participant]]:
    """(p, q) pairs: the speaker p of a labelled turn says their name is q's, another label's, and p's label is a
    spelling of it (`_spelling`)."""
    by_name: dict[str, Participant] = {}
    for q in people.values():
        by_name.setdefault(fold(q.name), q)
    pairs: list[tuple[Participant, Participant]] = []
    for i, p in people.items():
        u = units[i]
        if u.body is None or any(p is a for a, _ in pairs):
            continue
        for m in TURN_SELF_INTRO.finditer(text[u.body:u.end]):  # (a slice: `^` is the turn's first word)
            q = by_name.get(fold(m.group("name")))
            if q is not None and q is not p and _spelling(p.name, q.name):
                pairs.append((p, q))
                break
    return pairs
