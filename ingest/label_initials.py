"""Turns labelled by the initials of a full name a first turn gave.

Radio news, podcasts and panels often label a speaker's first turn with the full name and every later one with the
initials only ("Maxime Jaglin : …", then "MJ : …"; "Jane Roe: …", then "JR: …"), never spelling them out. The
initials are then that person: one speaker, not two. They count only when they are exactly the initials of one full
name labelled before them (not two people's, not a name labelled only later), so "OK:", "PS:" or another speaker's
own initials name nobody else.
"""
from __future__ import annotations

from collections import Counter

from quidit.ingest.initials import fits
from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import DECLARED_INITIALS, INITIALS_LABEL, NOT_SPEAKERS, fold, role_of
from quidit.ingest.records import Participant


def labelled_initials(units: list[Line], people: dict[int, Participant]) -> dict[int, Participant]:
    """The speakers labelled by initials that stand for a full name labelled earlier ({id of "MJ"'s participant:
    Maxime Jaglin's}); the caller merges them."""
    first: dict[int, int] = {}  # participant id -> index of its first labelled line
    for i in sorted(people):
        if units[i].kind == LineKind.LABEL:
            first.setdefault(id(people[i]), i)
    byid = {id(p): p for p in people.values()}
    full = [p for p in byid.values() if id(p) in first and len(p.name.split()) >= 2 and role_of(p.name) is None
            and not INITIALS_LABEL.match(p.name)]
    out: dict[int, Participant] = {}
    for key, p in byid.items():
        abbr = p.name.strip()
        if key not in first or p.in_roster or not INITIALS_LABEL.match(abbr) or fold(abbr) in NOT_SPEAKERS:
            continue
        # "Intervenant salle (IS) : …" then "IS : …": the short form a first turn gave itself comes first ("Martin
        # Thomson (MT):" then "MT:", beside a Michael Toomim whose initials are the same)
        matches = [q for q in byid.values() if id(q) in first and first[id(q)] < first[key]
                   and _declared(units[first[id(q)]]) == abbr and fits(abbr, q.name)]
        if not matches:
            matches = [q for q in full if first[id(q)] < first[key] and fits(abbr, q.name, strict=True)]
        if len(matches) == 1:
            out[key] = matches[0]
    _by_order(units, people, byid, full, out)
    return out


def _declared(u: Line) -> str | None:
    """The initials a label gives in brackets after the name ("Intervenant salle (IS)" -> "IS"), else None."""
    m = DECLARED_INITIALS.search(u.label or "")
    return m.group("abbr") if m is not None else None


def _by_order(units: list[Line], people: dict[int, Participant], byid: dict[int, Participant], full: list[Participant],
              out: dict[int, Participant]) -> None:
    """Short labels that are not the initials ("EN" for the interviewer, "FF" for Fabiola Pineda) after two turns
    labelled once each with a full name ("Ana Gil, Entrevistadora: …", "Luis Mora, Administrador: …"): the two take
    turns, so the short label that first speaks right after them is the one who spoke two turns before, the full name
    that is never written again ({id of "EN"'s participant: Ana Gil's}; adds to `out`)."""
    turns = [i for i in sorted(people) if units[i].kind == LineKind.LABEL]
    once = Counter(id(people[i]) for i in turns)
    fulls = {id(q) for q in full}

    def who(i: int) -> Participant:
        return out.get(id(people[i]), people[i])

    seen: set[int] = set()
    for k, i in enumerate(turns):
        p = people[i]
        if id(p) in seen:
            continue
        seen.add(id(p))
        abbr = p.name.strip()
        if k < 2 or id(p) in out or p.in_roster or not INITIALS_LABEL.match(abbr) or fold(abbr) in NOT_SPEAKERS \
                or any(fits(abbr, q.name, strict=True) for q in full):
            continue  # (someone's initials, "CD" for Claire Dubois or Cécile Durand, are not settled by the order)
        before, last = who(turns[k - 2]), who(turns[k - 1])
        if before is last or id(before) not in fulls or once[id(before)] != 1 or id(last) not in fulls:
            continue
        if people[turns[k - 2]] is not before or any(q is before for q in out.values()):
            continue  # two turns before spoke by initials ("MP : …" for Mathieu Pillard, whose full name labelled one
            # turn only): that person goes by those initials already, another short label is not theirs
        out[id(p)] = before
