"""Speaker labels that give the office first and the person's name after it.

A stenographic record (the Mexican presidency's, the Élysée's) may write a turn's label office first: "PRESIDENTA DE
MÉXICO, CLAUDIA SHEINBAUM PARDO:", "SECRETARIO DE INFRAESTRUCTURA, COMUNICACIONES Y TRANSPORTES, JESÚS ANTONIO ESTEVA
MEDINA:", "LE PRÉSIDENT DE LA RÉPUBLIQUE, EMMANUEL MACRON :", "Secretary of State, Jane Roe:". Read name first, the
office's last word ("MÉXICO") passed for the speaker and every office holder became one more person. The person is
the name after the last comma (outside brackets); the office is everything before it. Told apart from the name-first
label ("MARCELO EBRARD, SECRETARIO DE RELACIONES EXTERIORES") by its first word, an office or occupation, followed by
nothing but qualifiers before its complement ("DIRECTOR GENERAL DE …"): "Presidente Díaz, Comisión X" is a titled
name, not an office. The name must look like one: two to six capitalised words, none an office, qualifier or
organisation word ("Secretario General, Comisión Nacional" names nobody).
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    ARTICLES,
    LABEL_OCCUPATIONS,
    NOT_SPEAKERS,
    OFFICE_COMPLEMENT_LEADS,
    OFFICE_FIRST_CHARS,
    OFFICE_FIRST_NAME_WORDS,
    OFFICE_TITLES,
    ORG_FOLDED,
    PARTICLES,
    PERSON_TITLES,
    ROLE_QUALIFIERS,
    fold,
)

_OFFICE_WORDS = OFFICE_TITLES | PERSON_TITLES | LABEL_OCCUPATIONS
_TRAILING_NOTE = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # "(ENLACE VIDEOLLAMADA)", "(interpretación)": a note, not the name


def _last_comma(s: str) -> int:
    """The index of the last comma outside brackets, or -1."""
    depth, found = 0, -1
    for i, c in enumerate(s):
        depth += c == "("
        depth -= c == ")" and depth > 0
        if c == "," and depth == 0:
            found = i
    return found


def _office(head: str) -> bool:
    """"PRESIDENTA DE MÉXICO", "DIRECTOR GENERAL DE LA AGENCIA …", "ESCRITOR", "Le Président de la République": an
    office word, then qualifiers only until the end or a preposition that opens the complement."""
    words = [fold(w).strip(".’'") for w in re.split(r"[\s’']+", head.split(",")[0].strip()) if w]
    if words and words[0] in ARTICLES:
        words = words[1:]
    if not words or words[0] not in _OFFICE_WORDS:
        return False
    for w in words[1:]:
        if w in OFFICE_COMPLEMENT_LEADS:
            return True
        if w not in ROLE_QUALIFIERS and w not in _OFFICE_WORDS:
            return False  # "Presidente Díaz": a title before a name
    return True


def _name(tail: str) -> bool:
    """Two to six capitalised words (particles inside), none an office, a qualifier or an organisation."""
    words = tail.split()
    low, high = OFFICE_FIRST_NAME_WORDS
    if not low <= len(words) <= high or re.search(r"[\d/:;!?¿¡\"“”]", tail):
        return False
    if fold(tail) in NOT_SPEAKERS:
        return False
    for k, w in enumerate(words):
        f = fold(w).strip(".")
        if w.lower() in PARTICLES and 0 < k < len(words) - 1:
            continue
        if not w[:1].isupper() or f in _OFFICE_WORDS or f in ROLE_QUALIFIERS or f in ORG_FOLDED:
            return False
    return True


def office_first(label: str) -> tuple[str, str] | None:
    """(office, name) of an office-first label ("PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO" -> ("PRESIDENTA DE
    MÉXICO", "CLAUDIA SHEINBAUM PARDO")), a trailing bracketed note dropped; None for any other label."""
    s = re.sub(r"\s+", " ", label).strip(" :")
    if len(s) > OFFICE_FIRST_CHARS:
        return None
    s = _TRAILING_NOTE.sub("", s)
    cut = _last_comma(s)
    if cut <= 0:
        return None
    head, tail = s[:cut].strip(), s[cut + 1:].strip()
    if not head or re.search(r"\d|http|/", head) or not _office(head) or not _name(tail):
        return None
    return head, tail
