"""Who asks from the floor: the person the chair handed the floor to.

Town halls, press conferences and hearings label the floor's turns with a role, not a person ("Q", "QUESTION:",
"AUDIENCE MEMBER:", "PREGUNTA:", "INTERVENANT :"); the chair names the asker just before ("I want to get to Dr. Nicole
Baldwin. … Dr. Baldwin, go ahead.", "la parole est à Mme Durand", "Adelante, Ana."). Such a turn is the named person's,
and the person keeps the floor over the answerer's asides until they have asked their question (a turn with a question
mark), or until the one who handed over speaks again without a new hand-over. A floor turn with no hand-over before it
stays the role: who asked is not written, and the last asker is no guess. A floor-labelled turn that itself hands the
floor to someone is the chair's (the transcript's slip): the one who hands over the floor elsewhere in the text.
"""
from __future__ import annotations

from collections import Counter

from quidit.ingest.labels import Line
from quidit.ingest.lexicon import (
    ASKER_LABELS,
    FLOOR_GIVEN,
    FLOOR_GIVEN_VOCATIVE,
    HONORIFICS,
    VOCATIVE_LEAD,
    VOCATIVE_LEAD_CHARS,
    fold,
    gender_of,
    role_of,
)
from quidit.ingest.names import full_name_written, name_tokens, resolve
from quidit.ingest.records import Participant


def _asker_label(u: Line, p: Participant) -> bool:
    return fold(u.label or "").strip(" :") in ASKER_LABELS or fold(p.name).strip(" :") in ASKER_LABELS


def handed_to(turn: str) -> str | None:
    """The name a turn hands the floor to, in its fullest form in the turn ("Go ahead, Cindy." after "Our next question
    comes from Cindy Peebles." -> "Cindy Peebles"), else None; a role ("Go ahead, Mr. President.") is no asker."""
    names: list[str] = []
    for m in FLOOR_GIVEN.finditer(turn):
        names.append(m.group("after") or m.group("named"))
    for m in FLOOR_GIVEN_VOCATIVE.finditer(turn):
        tail = turn[max(0, m.start() - VOCATIVE_LEAD_CHARS):m.start()]
        lead = VOCATIVE_LEAD.search(tail)
        if lead is not None and (lead.group("end") or lead.start() == 0 and m.start() <= VOCATIVE_LEAD_CHARS):
            # a vocative opens its sentence; "… thanks to Dr. Roe, go ahead" is not one
            names.append(m.group("before"))
    names = [" ".join(n.split()) for n in names if role_of(n) is None and name_tokens(n)]
    if not names:
        return None
    last = set(name_tokens(names[-1]))
    same = [n for n in names if last & set(name_tokens(n))]
    best = max(same, key=lambda n: len(name_tokens(n)))
    toks = name_tokens(best)
    if len(toks) == 1:  # "Cindy" alone: the full name the turn writes for it ("… that is Danielle Lippi.")
        return full_name_written(turn, best.split()[-1], unique=False) or best
    return best


def name_askers(text: str, units: list[Line], people: dict[int, Participant], participants: list[Participant]) -> None:
    """Give each floor-labelled turn (`ASKER_LABELS`) the person the chair handed the floor to (see the module's
    docstring); `people` maps a label's unit to its person and is changed in place."""
    keys = sorted(people)
    askers = {k for k in keys if _asker_label(units[k], people[k])}
    if not askers or len(askers) == len(keys):
        return
    ends = {k: (units[nxt].start if nxt is not None else len(text)) for k, nxt in zip(keys, keys[1:] + [None])}
    turns = {k: text[units[k].body if units[k].body is not None else units[k].start:ends[k]] for k in keys}
    given = {k: handed_to(turns[k]) for k in keys}
    givers = Counter(id(people[k]) for k in keys if k not in askers and given[k])
    by_id = {id(p): p for p in people.values()}
    chair = by_id[givers.most_common(1)[0][0]] if givers else None
    asker: str | None = None  # the name the floor was last handed to (a person only once they speak)
    giver: Participant | None = None
    asked = False
    for k in keys:
        if k in askers:
            if given[k] is not None and chair is not None:  # "Q  Okay. I want to introduce you to X.": the chair's
                people[k], asker, giver, asked = chair, given[k], chair, False
            elif asker is not None:
                people[k] = _person(asker, participants)
                asked = asked or "?" in turns[k]
            continue
        if given[k] is not None:
            asker, giver, asked = given[k], people[k], False
        elif asked or people[k] is giver:  # the question was answered, or the chair moved on: the floor is closed
            asker, giver, asked = None, None, False


def _person(name: str, participants: list[Participant]) -> Participant:
    """The participant a hand-over names, added when the text has not named them yet."""
    p = resolve(name, participants)
    if p is None:
        words = name.split()
        n = 0
        while n < len(words) - 1 and fold(words[n]) in HONORIFICS:  # "Dr. Nicole Roe": the title is no part of the name
            n += 1
        title = " ".join(words[:n]) or None
        p = Participant(name=" ".join(words[n:]), in_roster=False, session_role="audience", honorific=title,
                        gender=gender_of(title) if title else None)
        participants.append(p)
    return p
