"""Numbered voices that the transcript itself names.

A speech-to-text export labels the people it cannot name "Speaker 1", "Speaker 2" (`NUMBERED_VOICE`) while labelling
the known ones by name ("Justice Moreau (00:25:32): Maître Vidal." over "Speaker 3 (00:25:34): Monsieur le juge en
chef, …"). The text ties a voice to a person in two ways a careful reader trusts: the chair's turn right before the
voice's first turn calls someone and says nothing else ("Maître Vidal.", "Mr. Smith, please.", `CALLED_TURN`) or hands
them the floor ("Go ahead, Cindy.", `floor_askers.handed_to`); or the voice says its own name in its first turn ("My
name is Jane Roe", `TURN_SELF_INTRO`). The voice then takes that name (its number stays an alias). A call that is
followed by a named label, a name two voices would take, or a name some labelled person already holds names nobody.
"""
from __future__ import annotations

from quidit.ingest.floor_askers import handed_to
from quidit.ingest.labels import Line
from quidit.ingest.lexicon import CALLED_TURN, HONORIFICS, NUMBERED_VOICE, TURN_SELF_INTRO, fold, gender_of, role_of
from quidit.ingest.names import name_tokens
from quidit.ingest.records import Participant

_TITLES = frozenset(fold(h).rstrip(".") for h in HONORIFICS)  # "maitre", "mr", "senora": folded, no final dot


def _called(turn: str) -> str | None:
    """The name a turn calls, when calling it is all the turn does, or the name it hands the floor to."""
    m = CALLED_TURN.match(turn)
    return " ".join(m.group("name").split()) if m else handed_to(turn)


def _split_title(name: str) -> tuple[str | None, str]:
    """("Maître", "Vidal") for "Maître Vidal": the honorifics before the name, then the name."""
    words = name.split()
    n = 0
    while n < len(words) - 1 and fold(words[n]).rstrip(".") in _TITLES:
        n += 1
    return " ".join(words[:n]) or None, " ".join(words[n:])


def name_voices_from_text(text: str, units: list[Line], people: dict[int, Participant]) -> None:
    """Rename each numbered voice the text ties to a name (see the module's docstring); `people` maps a label's unit
    to its person, whose `name` changes in place (the voice's label joins `labels`)."""
    keys = sorted(people)
    voices = {id(p): p for p in people.values() if NUMBERED_VOICE.match(p.name)}
    if not voices:
        return
    ends = {k: (units[nxt].start if nxt is not None else len(text)) for k, nxt in zip(keys, keys[1:] + [None])}

    def turn(k: int) -> str:
        return text[units[k].body if units[k].body is not None else units[k].end:ends[k]].strip()

    found: dict[int, str] = {}  # id of the voice -> the name the text gives it
    seen: set[int] = set()
    for j, k in enumerate(keys):
        p = people[k]
        if id(p) not in voices or id(p) in seen:
            continue
        seen.add(id(p))  # the voice's first turn only
        intro = TURN_SELF_INTRO.search(turn(k))
        called = None
        if j and id(people[keys[j - 1]]) not in voices:
            called = _called(turn(keys[j - 1]))
        name = intro.group("name") if intro else called
        if name and role_of(name) is None and name_tokens(name):
            found[id(p)] = name
    taken = [set(name_tokens(p.name)) for p in {id(q): q for q in people.values()}.values() if id(p) not in voices]
    cores = [_split_title(n)[1] for n in found.values()]
    for vid, name in found.items():
        title, core = _split_title(name)
        toks = set(name_tokens(core))
        if not toks or cores.count(core) > 1 or any(toks & t for t in taken):
            continue  # two voices called by one name, or a name a labelled person holds: no guess
        p = voices[vid]
        p.labels.append(p.name)
        p.name = core
        if title and not p.honorific:
            p.honorific, p.gender = title, p.gender or gender_of(title)
