"""Participant codes of research-interview transcripts: "E1:", "P3:", "E1 (probe):" open the participant's turns.

A qualitative-research transcript hides who answers behind a code; its metadata block may tie the code to the
pseudonym the participant chose ("Código del participante: E1" … "Seudónimo: Abel Marco"), and then the turns are that
pseudonym's. A qualifier in brackets after the code ("(probe)", "(cont.)") is still the same person.
"""
from __future__ import annotations

import re
from collections import Counter

from quidit.ingest.label_holders import holder_name
from quidit.ingest.labels import Label
from quidit.ingest.lexicon import (
    DIARIZATION_SHORT_NOUNS,
    NAME_RE,
    PARTICIPANT_CODE_FIELD,
    PARTICIPANT_CODE_LABEL,
    PARTICIPANT_CODE_TURNS,
    PSEUDONYM_FIELD,
    PSEUDONYM_REACH,
    role_of,
)

_NAME = re.compile(NAME_RE)


def pseudonyms(text: str) -> dict[str, str]:
    """Code -> pseudonym, for each code field of the metadata with a pseudonym field next to it (either order)."""
    fields = [m for m in PSEUDONYM_FIELD.finditer(text) if _NAME.fullmatch(m.group("name").strip())
              and role_of(m.group("name")) is None]
    out: dict[str, str] = {}
    for code in PARTICIPANT_CODE_FIELD.finditer(text):
        near = [f for f in fields if abs(f.start() - code.start()) <= PSEUDONYM_REACH]
        if near:
            nearest = min(near, key=lambda f: abs(f.start() - code.start()))
            out.setdefault(code.group("code"), nearest.group("name").strip())
    return out


def inline_names(labels: list[str]) -> dict[str, str]:
    """Code -> the full name a label gives it in brackets ("E1 (Marta Ríos):"): that code's bare labels ("E1:") are
    hers. One capitalised word is no name there ("E1 (Probe):" is a qualifier)."""
    out: dict[str, str] = {}
    for label in labels:
        m = PARTICIPANT_CODE_LABEL.match(label)
        who = holder_name(m.group("who")) if m and m.group("who") else None
        if who is not None:
            out.setdefault(m.group("code"), who)
    return out


def code_of(label: str) -> str | None:
    """"E1" for the labels "E1" and "E1 (probe)"; None for any other label."""
    m = PARTICIPANT_CODE_LABEL.match(label)
    return m.group("code") if m else None


def _noun(code: str) -> str | None:
    """"participante" for the code "Participante 1" (a noun that says it is a person); None for a letter code "E1"."""
    word = re.sub(r"[\s\d_-]+$", "", code).lower()
    return word if len(word) > 3 or word in DIARIZATION_SHORT_NOUNS else None


def numbered_nouns(labels: list[str]) -> set[str]:
    """The nouns of numbered participants ("Participante 1", "Speaker 2") that open PARTICIPANT_CODE_TURNS turns or
    more between them: each of those labels holds, even one that speaks once."""
    counts = Counter(_noun(c) for c in map(code_of, labels) if c is not None)
    return {n for n, k in counts.items() if n is not None and k >= PARTICIPANT_CODE_TURNS}


def code_label(label: str, named: dict[str, str], nouns: set[str] = frozenset()) -> Label | None:
    """The person a participant-code label names: the pseudonym the metadata ties to the code (strong), else the code
    itself, strong when its noun recurs (`numbered_nouns`), else weak (a letter code holds only when it opens several
    turns itself: "R1:", "R2:" once each may be a list's items)."""
    code = code_of(label)
    if code is None:
        return None
    name = named.get(code)
    if name is not None:
        return Label(name, name, None, None, True)
    return Label(code, code, None, None, _noun(code) in nouns)
