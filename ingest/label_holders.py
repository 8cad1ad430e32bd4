"""Who a role label is, when an interview transcript's metadata says so.

A research interview labels its turns by role ("Entrevistadora:", "Interviewee:", "R:") and names the people only in
its header: a line with the same label and a name for its words ("Entrevistada: Marta Ríos", "Interviewee: Grace Kim
(pseudonym)"), or one pseudonym field ("Seudónimo: Marta Ríos") for the one person interviewed. The role's turns are
then that person's; the header line is the record's, not a turn.
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Label, Line, LineKind
from quidit.ingest.lexicon import (
    HOLDER_CHARS,
    HOLDER_NAME_WORDS,
    HOLDER_NOTE,
    INTERVIEWEE_LABELS,
    NAME_RE,
    PSEUDONYM_FIELD,
    Role,
    fold,
    role_of,
)
from quidit.ingest.records import Participant

_NAME = re.compile(NAME_RE)


def holder_name(words: str, least: int = 2) -> str | None:
    """"Grace Kim" for the words "Grace Kim (pseudonym)" or "Marta Ríos": a name of `least` words or more and nothing
    else (no sentence, no final stop); else None."""
    if len(words) > HOLDER_CHARS:
        return None  # a turn's words, not a name (and no regex over a long line)
    s = HOLDER_NOTE.sub("", words.strip()).strip()
    if not _NAME.fullmatch(s) or not least <= len(s.split()) <= HOLDER_NAME_WORDS or role_of(s) is not None:
        return None
    return s


def _rename(p: Participant, name: str) -> None:
    if p.name not in p.labels:
        p.labels.append(p.name)  # the role label still means them
    p.name = name


def header_holders(text: str, units: list[Line], kept: dict[int, Label], people: dict[int, Participant]) -> None:
    """A role label's line in the header whose words are only a name ("Entrevistadora: Lucía Paredes") names the
    holder of the role's later turns; that line becomes narration. The header ends at the first labelled turn whose
    words are not a name."""
    named: dict[int, str] = {}
    for i in sorted(kept):
        u = units[i]
        if u.kind != LineKind.LABEL or u.body is None or i not in people:
            continue
        name = holder_name(text[u.body:u.end])
        if name is None:
            break  # the first turn: the header is over
        if kept[i].role is not None:
            named[i] = name
    for i, name in named.items():
        p = people[i]
        if role_of(p.name) is None or not any(j > i and people.get(j) is p for j in kept):
            continue  # a role already tied to a named person, or a label with no turn after the header
        _rename(p, name)
        units[i].kind, units[i].label, units[i].body = LineKind.NARRATION, None, None
        del people[i]


def pseudonym_holder(text: str, units: list[Line], people: dict[int, Participant]) -> None:
    """One pseudonym field ("Seudónimo: Marta Ríos", "Pseudonym: Mark Oduya") that names no labelled person yet (a
    participant code's turns may have taken it), and one role label for the person interviewed ("Entrevistada:",
    "R:", "Participant:"): that label's turns are the pseudonym's."""
    names = {holder_name(m.group("name"), 1) for m in PSEUDONYM_FIELD.finditer(text)} - {None} \
        - {p.name for p in people.values()}
    interviewed = {id(p): p for i, p in people.items() if units[i].label and role_of(p.name) is not None
                   and (role_of(p.name) == Role.INTERVIEWEE or fold(p.name).strip(" .:") in INTERVIEWEE_LABELS)}
    if len(names) == 1 and len(interviewed) == 1:
        _rename(next(iter(interviewed.values())), names.pop())
