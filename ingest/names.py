"""Recognise person references and resolve them to participants.

Handles honorifics, surname-only and accent variants, and two people sharing a
surname (told apart by first name, then by the honorific's gender).
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from quidit.ingest.records import Participant

HONORIFICS = {
    "monsieur": "m", "m.": "m", "mr": "m", "mr.": "m", "messieurs": "m", "sr.": "m", "señor": "m", "don": "m",
    "madame": "f", "mme": "f", "mme.": "f", "mademoiselle": "f", "mlle": "f", "mlle.": "f", "mrs": "f", "mrs.": "f",
    "ms": "f", "ms.": "f", "sra.": "f", "señora": "f", "doña": "f",
    "docteur": None, "dr": None, "dr.": None, "professeur": None, "pr.": None, "maître": None,
}
PARTICLES = {"de", "da", "del", "della", "do", "dos", "das", "e", "y", "van", "von", "der", "den", "du", "di", "la", "le", "el", "al", "ben", "bin"}
ORG_WORDS = {
    "mairie", "ville", "municipalité", "municipalidad", "agence", "ministère", "région", "conseil", "direction",
    "université", "institut", "gouvernement", "secrétariat", "département", "délégation", "association",
    "observatoire", "fondation", "centre", "organisation", "programme", "réseau", "métropole", "communauté",
    "préfecture", "commission", "cité", "city", "alcaldía", "ambassade", "chambre", "banque", "office", "maison",
}
_UP = "A-ZÀ-ÖØ-ÞŒ"
NAME_TOKEN = rf"[{_UP}][\w’'\-]*"
HONORIFIC_RE = r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Docteur|Professeur|Maître|Mme\.?|Mlle\.?|Mrs\.?|Mr\.?|Ms\.?|Dr\.?|Pr\.|M\.|Sra\.|Sr\.|Señora|Señor)"
_PART = "|".join(sorted(PARTICLES, key=len, reverse=True))
NAME_RE = rf"{NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN})*"
HONORIFIC_MENTION = re.compile(rf"(?<![\w.])({HONORIFIC_RE})\s+({NAME_RE})")
BARE_NAME = re.compile(rf"(?<![\w’'])({NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN})+)")


def fold(s: str) -> str:
    """Lower-case, accent-free, apostrophes and hyphens as spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[’'\-]", " ", s).lower()


def name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).split() if t not in PARTICLES and len(t) > 1 or t.isdigit()]


def trim_name(name: str) -> str:
    """Drop a trailing organisation tail the name pattern swallowed ("Hoeflich de CGLU")."""
    words = name.split()
    for i in range(1, len(words)):
        w = words[i]
        if w.lower() in PARTICLES:
            continue
        acronym = w.isupper() and len(w) > 1 and words[i - 1].lower() in PARTICLES  # "Hoeflich de CGLU", not "Jean DUPONT"
        if fold(w) in {fold(o) for o in ORG_WORDS} or acronym:
            j = i
            while j > 1 and words[j - 1].lower() in PARTICLES:
                j -= 1
            return " ".join(words[:j])
    return name


_FEMININE_TITLE = re.compile(r"\b(?:\w+(?:rice|ère|euse|esse)|présidente|adjointe|déléguée|chargée|élue|doyenne|"
                             r"consule|avocate|experte|chercheuse|ministre déléguée|sous-directrice)\b", re.I)
_MASCULINE_TITLE = re.compile(r"\b(?:\w+(?:teur|ier|eur)|président|adjoint|délégué|chargé|élu|doyen|consul|avocat|expert)\b", re.I)


def title_gender(title: str | None) -> str | None:
    """Grammatical gender of a French title ("Conseillère municipale déléguée" -> f), when it has one."""
    if not title:
        return None
    f, m = bool(_FEMININE_TITLE.search(title)), bool(_MASCULINE_TITLE.search(title))
    return "f" if f and not m else "m" if m and not f else None


def honorific_gender(honorific: str) -> str | None:
    return HONORIFICS.get(honorific.lower())


def _token_match(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 85)


def candidates(name: str, participants: list[Participant]) -> list[Participant]:
    """Participants whose name contains every token of the reference (accents and small typos aside)."""
    mt = name_tokens(name)
    if not mt:
        return []
    return [p for p in participants if all(any(_token_match(m, t) for t in name_tokens(p.name)) for m in mt)]


def resolve(name: str, participants: list[Participant], gender: str | None = None) -> Participant | None:
    """The one participant this reference can mean, or None when none or several fit."""
    mt = name_tokens(name)
    cands = candidates(name, participants)
    if len(cands) > 1 and gender:
        gendered = [p for p in cands if p.gender in (None, gender)]
        known = [p for p in gendered if p.gender == gender]
        cands = known if len(known) == 1 else gendered
    if len(cands) > 1:
        # a full-name match beats a partial one ("Eugene Zapata" vs "Maria Luisa Zapata")
        first = [p for p in cands if _token_match(mt[0], name_tokens(p.name)[0])]
        if len(first) == 1:
            return first[0]
    return cands[0] if len(cands) == 1 else None
