"""A report of talks that presents each speaker by who they are before telling the talk: "Vittoria Rossi est la
fondatrice du réseau italien… Le réseau se veut un lieu de formation…". The presenting sentence is the writer's; the
sentences after it in the same paragraph are the presented person's talk, not the previous paragraph's speaker's.

Only in a text with no participants list (an event report, or minutes that list nobody, where "X est le nouveau
trésorier. Il a été élu…" gives the second sentence to X too), at a paragraph's first sentence, for a full name the
text writes as a name (two words at least) that opens the sentence and is not the speaker already holding the floor.

A workshop's minutes introduce a talk the same way with its noun first, the speaker titled: "Presentación del asesor
del IMPLAN Arq. Rafael Pérez Fernández, fundador del IMPLAN León." over the talk's points, one a line ("Explicación de
las etapas del PEM. Importancia de los proyectos…"): the introducing sentence is the writer's, the lines after it the
speaker's (`introduced_speaker`).
"""
from __future__ import annotations

from quidit.ingest.lexicon import (
    PERSON_CAREER,
    PERSON_PRESENTED,
    PERSON_PRESENTED_BARE,
    PRESENTED_TALK,
    PRESENTER_BYLINE,
    PRESENTER_TITLE_WORDS,
    PRESENTING_LEAD,
    fold,
)
from quidit.ingest.mentions import Mention, find_mentions, initialled_holder
from quidit.ingest.names import name_tokens, named_person, resolve
from quidit.ingest.records import Participant


def presented_person(text: str, s: int, mentions: list[Mention], participants: list[Participant],
                     current: Participant | None) -> Participant | None:
    """The person a paragraph's first sentence presents ("X est le fondateur de…"), added to the participants when
    new; None when the sentence does not open so, or presents who already speaks."""
    lead = len(text[s:]) - len(text[s:].lstrip())
    m = next((m for m in mentions if m.start == s + lead), None)
    if m is None or m.kind != "named" and m.participant is None or not PERSON_PRESENTED.match(text, m.end):
        return None
    if m.participant is None and len(name_tokens(m.name)) < 2:
        return None
    p = m.participant or resolve(m.name, participants)
    if p is None:
        p = Participant(name=m.name, in_roster=False, session_role=None)
        participants.append(p)
    return None if p is current else p


def presents_speaker(text: str, s: int, e: int, speaker: Participant) -> bool:
    """Inside the notes of a talk whose heading names `speaker`, whether the sentence presents them: their name opens
    it (after a note lead at most, "À noter que…") with the copula and a role ("Roman est consultant indépendant",
    "Jane is a researcher at…") or a fact of their career ("Roman a écrit un livre…", "Jane works at Acme"). The writer
    tells who the speaker is; the talk's points, and the speaker's doings in it ("Nuria nos ha enseñado…"), go on."""
    for m in find_mentions(text, s, e, [speaker]):
        if m.participant is speaker and PRESENTING_LEAD.fullmatch(text, s, m.start) and (
                PERSON_PRESENTED.match(text, m.end) or PERSON_PRESENTED_BARE.match(text, m.end)
                or PERSON_CAREER.match(text, m.end)):
            return True
    return False


def introduced_speaker(text: str, s: int, e: int, participants: list[Participant]) -> Participant | None:
    """The speaker a sentence introduces by the talk's noun ("Presentación del asesor Arq. X, fundador de…",
    "Presentation by Dr Jane Roe, director of…"), added to the participants when new; None when it does not open so.
    The caller asks it of a paragraph's first sentence only."""
    m = PRESENTED_TALK.match(text[s:e])
    if m is None:
        return None
    title = m.group("title").split()
    if title and fold(title[0]) not in PRESENTER_TITLE_WORDS:
        return None  # ("Presentación del libro de Ana Gil": the book is hers, the talk may be anyone's)
    return named_person(m.group("who"), participants)


def byline_presenter(sentence: str, participants: list[Participant]) -> Participant | None:
    """The one listed person an item's byline says presented it, at a line's start (the caller asks) ("Par M. Larrouy, cf. présentation (page 5)": Muriel
    LARROUY; "Par A. Tesson, cf. présentation": Antoine TESSON); None for any other sentence or a name not listed."""
    m = PRESENTER_BYLINE.match(sentence)
    if m is None:
        return None
    if m.group("ini") and len(m.group("who").split()) == 1:
        return initialled_holder(m.group("ini"), m.group("who"), participants)
    return resolve(m.group("who"), [p for p in participants if p.session_role != "absent"])
