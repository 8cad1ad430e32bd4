"""Members a board's minutes name by an office title before the surname, with no roster line giving them ("Chair
Anderson asked…", "Director Bagley shared…", "General Manager Washington indicated…", "GM Washington reminded…"), and
public commenters named with their affiliation ("- Jane Roe, City of Riverton, expressed that…").

The title is no part of the person: under one title the person is "Title Surname" as the text first writes it
("Director Bagley"), or the full name when the text gives one ("Director Angelina Rivera-Malpiede" is "Angelina
Rivera-Malpiede"); a body's name before the title ("Finance Committee Chair Pike") makes the title that body's office,
so the person is the surname alone. Later mentions under another title ("GM Washington" after "General Manager
Washington", "Legal Counsel Lien" after "General Counsel Marla Lien") are the one participant of that surname. A title
and a capitalised word that run on into a longer proper name ("GM Oversight and Performance Management") name no one.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    AFFILIATED_LEAD_WORDS,
    AFFILIATED_NAME,
    AFFILIATION_MAX_CHARS,
    AFFILIATION_STOP,
    MEMBER_NAME_MAX_WORDS,
    MEMBER_NAME_RUNS_ON,
    MEMBER_TITLE_BODIES,
    MEMBER_TITLE_MAX_WORDS,
    MEMBER_TITLES,
    ORG_FOLDED,
    SPEECH_VERB,
    UPPER,
    fold,
)
from quidit.ingest.names import name_tokens, resolve
from quidit.ingest.records import Participant


def titled_name(run: str) -> tuple[str, str] | None:
    """(title, person) for a run of capitalised words that ends in a member title and one to three name words
    ("Director Bagley" -> ("Director", "Director Bagley"), "Director Angelina Rivera-Malpiede" -> ("Director",
    "Angelina Rivera-Malpiede"), "Finance Committee Chair Pike" -> ("Finance Committee Chair", "Pike")); None when
    the run is no such name, or words other than a body's name come before the title."""
    words = run.split()
    for i in range(len(words) - 1):
        for k in range(MEMBER_TITLE_MAX_WORDS, 0, -1):
            title = words[i:i + k]
            rest = words[i + k:]
            if len(title) < k or not 1 <= len(rest) <= MEMBER_NAME_MAX_WORDS or fold(" ".join(title)) not in MEMBER_TITLES:
                continue
            if any(fold(w) in MEMBER_TITLES or fold(w) in ORG_FOLDED or fold(w) in MEMBER_TITLE_BODIES
                   or not w[:1].isupper() or w.isupper() for w in rest):
                return None  # "Director Reports", "Chair GASC": no surname after the title
            before = {fold(w) for w in words[:i]}
            if before and not before & MEMBER_TITLE_BODIES:
                return None
            if before:  # the body's office is the role ("Finance Committee Chair"), no session's chair
                return " ".join(words[:i + k]), rest[-1]
            return " ".join(title), " ".join(rest) if len(rest) >= 2 else " ".join(title + rest)
    return None


def runs_on(text: str, end: int) -> bool:
    """Whether the capitalised run ending at `end` goes on into a longer proper name ("GM Oversight| and Performance
    Management"): an organisation's or an item's name, no person's."""
    return MEMBER_NAME_RUNS_ON.match(text, end) is not None


def titled_holder(person: str, participants: list[Participant]) -> Participant | None:
    """The participant a titled mention is: the full name's holder, else the one participant whose name ends in the
    surname ("GM Washington" for General Manager Washington)."""
    if len(person.split()) >= 2 and (p := resolve(person, participants)) is not None:
        return p
    toks = name_tokens(person)
    if not toks:
        return None
    same = [p for p in participants if (t := name_tokens(p.name)) and t[-1] == toks[-1]]
    return same[0] if len(same) == 1 else None


def titled_person(run: str, participants: list[Participant]) -> Participant | None:
    """The participant a titled mention that speaks stands for: the one met before, else a new one with the title as
    role."""
    named = titled_name(run)
    if named is None:
        return None
    title, person = named
    p = titled_holder(person, participants)
    if p is None:
        p = Participant(name=person, role=title, in_roster=False, session_role=None)
        participants.append(p)
    return p


def affiliated_speaker(seg: str, participants: list[Participant]) -> tuple[str, int] | None:
    """(name, verb offset) for a sentence that opens with a full name, a comma, an affiliation or home town and a
    speech verb ("- Jane Roe, City of Riverton Planning, expressed that…", "Sam Lee, Oakdale shared…"), else None.
    The affiliation is no listed person's name (`participants`): "As Chair, Jane Roe said…" is Jane Roe's."""
    m = AFFILIATED_NAME.match(seg)
    if m is None or any(fold(w) in AFFILIATED_LEAD_WORDS or fold(w) in MEMBER_TITLES for w in m.group(1).split()):
        return None  # "As Executive Director, Jane Roe summarized…": a phrase before the comma, the name after it
    stop = AFFILIATION_STOP.search(seg, m.end(), m.end() + AFFILIATION_MAX_CHARS)
    limit = stop.start() if stop is not None else min(len(seg), m.end() + AFFILIATION_MAX_CHARS)
    at = m.end()
    while at < limit:
        space = seg.find(" ", at, limit)
        if space < 0:
            return None
        at = space + 1
        if seg[at:at + 1].islower() and SPEECH_VERB.match(seg, at):
            between = seg[m.end():at].strip(" ,")
            return None if resolve(between, participants) is not None else (m.group(1), at)
    return None


def title_holder_named(title: str, text: str, participants: list[Participant]) -> Participant | None:
    """The participant the text names under a member title, for a heading that gives the title alone ("General
    Manager's Report" where the text writes "General Manager Washington" and lists Phil Washington): the first such
    mention's holder."""
    if fold(title) not in MEMBER_TITLES or not text:
        return None
    for m in re.finditer(rf"(?<![\w’'])({re.escape(title)}[ \t]+[{UPPER}][\w’'-]+)(?![\w’'])", text):
        named = titled_name(m.group(1))
        if named is not None and not runs_on(text, m.end()):
            return titled_holder(named[1], participants)
    return None
