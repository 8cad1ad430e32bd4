"""Minutes that name who spoke by their organisation with the person in brackets ("La Banque des Territoires (Thomas
RAULET) a rappelé…", "L'IGN (Elisabeth LEBLANC) a indiqué…"): the sentence is the bracketed person's. Later the
organisation alone as the subject of a verb of saying ("La Banque des Territoires a présenté…") stands for the one
person the text tied to it in brackets; an organisation tied to two people ("le Cerema (Nicolas GILLIO)", "le Cerema
(Arnauld GALLAIS)") stands for no one."""
from __future__ import annotations

import re

from quidit.ingest.lexicon import ORG_ALONE_SUBJECT, ORG_ARTICLES, ORG_BRACKET_REACH, ORG_PERSON_BRACKET, SPEECH_VERB, fold
from quidit.ingest.names import named_person, resolve
from quidit.ingest.records import Participant


def _org_key(org: str) -> str:
    """The organisation's words after its last article ("Introduction La Banque des Territoires", a heading the cleaning
    ran on, and "Banque des Territoires" are one; "L’IGN" is "ign")."""
    words = re.split(r"[\s’']+", fold(org))
    cut = max((i + 1 for i, w in enumerate(words) if w in ORG_ARTICLES), default=0)
    return " ".join(words[cut:])


def org_ties(text: str) -> dict[str, str | None]:
    """Each organisation the text writes a person in brackets after, and that person's name (None for two)."""
    ties: dict[str, str | None] = {}
    for m in ORG_PERSON_BRACKET.finditer(text):
        if SPEECH_VERB.match(text, m.end()) is None:
            continue  # "(Thomas RAULET) a introduit…": only where the bracket is a verb of saying's subject
        key, who = _org_key(m.group("org")), m.group("who")
        ties[key] = who if key not in ties or ties[key] == who else None
    return ties


def org_speaker(seg: str, ties: dict[str, str | None], participants: list[Participant]) -> tuple[bool, Participant | None]:
    """Whether a sentence's subject is an organisation the text ties people to, speaking, and the person it stands for
    (None where two people spoke for it: someone of it, the text does not say who)."""
    for m in ORG_PERSON_BRACKET.finditer(seg, 0, ORG_BRACKET_REACH + 60):
        if m.start() <= ORG_BRACKET_REACH and SPEECH_VERB.match(seg, m.end()) is not None:
            return True, resolve(m.group("who"), participants) or named_person(m.group("who"), participants)
    m = ORG_ALONE_SUBJECT.match(seg)
    key = _org_key(m.group("org")) if m is not None else ""
    if m is None or key not in ties or SPEECH_VERB.match(seg, m.end()) is None:
        return False, None
    who = ties[key]
    return True, None if who is None else resolve(who, participants) or named_person(who, participants)
