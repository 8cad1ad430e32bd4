"""Speaker labels that give a titled name, a dash and the office, then the words, with no colon.

A Costa Rican municipal council's acta opens each turn so, on the line where the words start:

    Concejal Ligia Trejos Sánchez-Presidenta Municipal Buenas tardes, bienvenidos al ser las
    6:41 p.m. damos inicio con la apertura de la sesión 043-2025, …
    Sr. Héctor Agüero Luna- Intendente Municipal. Yo nada más quiero, que ojala tuviéramos

No colon ends the label, and the PDF's line breaks run the turn on into the next lines, so the cleaning would run
the label into the turn before it. The shape is told by its parts, each checked against the lexicon: a title
(an honorific or an office, `LABEL_TITLES`), two to five capitalised name words, a dash, an office word
(`OFFICE_TITLES`) and its capitalised qualifiers ("Municipal", "Propietario", `ROLE_QUALIFIERS`). A hyphenated
surname ("Trejos-Sánchez") is no such label: no office follows its dash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quidit.ingest.lexicon import ARTICLES, LABEL_TITLES, OFFICE_TITLES, PARTICLES, PERSON_TITLES, ROLE_QUALIFIERS, UPPER, fold

_WORD = rf"[{UPPER}][^\W\d_]*(?:[’'-][^\W\d_]+)*"
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
# "Concejal Ligia Trejos Sánchez-" / "Sr. Héctor Agüero Luna – ": the title, the name, the dash; the office and the
# words after it are read word by word (`dash_office_label`)
DASH_OFFICE_HEAD = re.compile(rf"^(?P<title>[{UPPER}][^\W\d_]{{0,14}}\.?)[ \t]+"
                              rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)?{_WORD}){{1,4}}?)"
                              rf"[ \t]{{0,3}}[-–—][ \t]{{0,3}}(?=[{UPPER}])")
_OFFICE_WORDS = OFFICE_TITLES | PERSON_TITLES
_QUALIFIERS = {q for q in ROLE_QUALIFIERS if q not in ARTICLES and len(q) > 3}
DASH_OFFICE_MAX_QUALIFIERS = 3  # "Regidor Propietario", "Secretario General Adjunto"


@dataclass(frozen=True)
class DashOfficeLabel:
    label: str  # "Concejal Ligia Trejos Sánchez (Presidenta Municipal)": the office kept as the affiliation
    body: int  # where the words start in the line (its length if none follow)


def dash_office_label(s: str) -> DashOfficeLabel | None:
    """The label of a line opened by "Title Name- Office" (see the module's docstring), or None."""
    m = DASH_OFFICE_HEAD.match(s)
    if m is None or fold(m.group("title")).rstrip(".") not in LABEL_TITLES:
        return None
    if any(fold(w) in _OFFICE_WORDS for w in m.group("name").split()):
        return None  # "Presidenta Municipal Ligia …": an office, not a name
    words = list(re.finditer(r"\S+", s[m.end():]))
    if not words or fold(words[0].group().rstrip(".")) not in _OFFICE_WORDS:
        return None
    last = 0
    while last + 1 < len(words) and last < DASH_OFFICE_MAX_QUALIFIERS and not words[last].group().endswith(".") \
            and words[last + 1].group()[:1].isupper() and fold(words[last + 1].group().rstrip(".")) in _QUALIFIERS:
        last += 1
    office = " ".join(w.group().rstrip(".") for w in words[:last + 1])
    end = m.end() + words[last].end()
    rest = s[end:]
    body = end + len(rest) - len(rest.lstrip()) if rest.strip() else len(s)
    return DashOfficeLabel(f"{m.group('title')} {m.group('name')} ({office})", body)
