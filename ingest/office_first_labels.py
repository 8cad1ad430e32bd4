"""Speaker labels that give the office first and the person's name after it.

A stenographic record (the Mexican presidency's, the Élysée's) may write a turn's label office first: "PRESIDENTA DE
MÉXICO, CLAUDIA SHEINBAUM PARDO:", "SECRETARIO DE INFRAESTRUCTURA, COMUNICACIONES Y TRANSPORTES, JESÚS ANTONIO ESTEVA
MEDINA:", "LE PRÉSIDENT DE LA RÉPUBLIQUE, EMMANUEL MACRON :", "Secretary of State, Jane Roe:". Read name first, the
office's last word ("MÉXICO") passed for the speaker and every office holder became one more person. The person is
the name after the last comma (outside brackets); the office is everything before it. Told apart from the name-first
label ("MARCELO EBRARD, SECRETARIO DE RELACIONES EXTERIORES") by its first word, an office or occupation, followed by
nothing but qualifiers before its complement ("DIRECTOR GENERAL DE …"): "Presidente Díaz, Comisión X" is a titled
name, not an office. The name must look like one: two to six capitalised words, none an office, qualifier or
organisation word ("Secretario General, Comisión Nacional" names nobody). The record may drop the preposition
before the body ("DIRECTOR GENERAL INSTITUTO MEXICANO DEL SEGURO SOCIAL (IMSS), NAME:"): an organisation word opens
the complement as the preposition would. A video insert's testimony labels its speaker by a role to the service shown
("DERECHOHABIENTE, NAME:", "MADRE DEL PACIENTE, NAME:"; LABEL_TESTIMONY_ROLES), read as an office.

A parliament's diary (the Spanish Congreso's, South Africa's Hansard) puts the holder in brackets after the office
instead: "El señor VICEPRESIDENTE SEGUNDO DEL GOBIERNO Y MINISTRO DE ECONOMÍA Y HACIENDA (Solbes Mira):", "The
MINISTER OF POLICE (Mr N P T NHLEKO):" (`office_then_holder`). The same shapes tell it from the member's label that
brackets the office after the name ("El señor PALMA (Presidente)") and from a party in brackets ("(ANC)"). A chair's
label ("El señor PRESIDENTE (Marín González)") keeps its role: `speaker_labels` reads it.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    ARTICLES,
    HONORIFICS,
    LABEL_OCCUPATIONS,
    LABEL_TESTIMONY_ROLES,
    NOT_SPEAKERS,
    OFFICE_COMPLEMENT_LEADS,
    OFFICE_FIRST_CHARS,
    OFFICE_FIRST_NAME_WORDS,
    OFFICE_HOLDER_LABEL,
    OFFICE_ORDINALS,
    OFFICE_TITLES,
    ORG_FOLDED,
    PARTICLES,
    PERSON_TITLES,
    ROLE_QUALIFIERS,
    fold,
    role_of,
)

_OFFICE_WORDS = OFFICE_TITLES | PERSON_TITLES | LABEL_OCCUPATIONS | LABEL_TESTIMONY_ROLES
_HONORIFIC_WORDS = {fold(w).strip(".") for w in ("señor", "señora", "sr.", "sra.")}  # a diary's "El señor MINISTRO"
_BRACKET_HONORIFICS = {fold(w).strip(".") for w in HONORIFICS}
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
    if len(words) > 1 and words[0] in _HONORIFIC_WORDS:
        words = words[1:]  # "El señor MINISTRO DE …"
    if not words or words[0] not in _OFFICE_WORDS:
        return False
    for w in words[1:]:
        if w in OFFICE_COMPLEMENT_LEADS or (w in ORG_FOLDED and w not in _OFFICE_WORDS):
            return True  # "DIRECTOR GENERAL INSTITUTO MEXICANO …": the record may drop the preposition before the body
        if w not in ROLE_QUALIFIERS and w not in _OFFICE_WORDS and w not in OFFICE_ORDINALS:
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


def office_then_holder(label: str) -> tuple[str, str] | None:
    """(office, name) of a diary's label that brackets the holder after the office ("El señor MINISTRO DE HACIENDA
    (Pérez García)" -> ("El señor MINISTRO DE HACIENDA", "Pérez García")); None for any other label, a chair's
    ("El señor PRESIDENTE (Marín González)": a role `speaker_labels` reads) and a name's ("El señor PALMA
    (Presidente)") among them."""
    m = OFFICE_HOLDER_LABEL.match(re.sub(r"\s+", " ", label).strip() + ":")
    if m is None:
        return None
    head, _, tail = m.group("label").partition("(")
    head, tail = head.strip(), tail.rstrip(") ").strip()
    if re.search(r"\d|http|/", head) or not _office(head) or role_of(head) is not None or not _name(tail):
        return None
    if head.isupper() and tail.isupper() and fold(tail.split()[0]).strip(".") not in _HONORIFIC_WORDS | _BRACKET_HONORIFICS:
        return None  # "SECRETARIO DE OBRAS, LUIS GARZA RÍOS (ENLACE REMOTO)": a note; the diary sets the name apart by
        # its case or its honorific ("(Solbes Mira)", "(Mr N P T NHLEKO)")
    return head, tail


def office_phrase(words: str) -> bool:
    """The words are an office after its article ("el señor vicepresidente segundo del Gobierno y ministro de
    Economía y Hacienda", "The Minister of Police"): the subject a diary's summary writes before the holder's
    bracketed name."""
    return _office(words) and not re.search(r"\d|http|/", words)
