"""Turn labels that write the speaker's surname in capitals after a title, closed by a full stop, the turn running
on after it on the same line: "MR. KOHN. Thank you.", "CHAIRMAN GREENSPAN. Good morning, everyone.", "VICE CHAIRMAN
MCDONOUGH. In short…" (the Federal Reserve's FOMC transcripts), "Mr. BOEHNER. Mr. Speaker, I rise…", "Senator LEAHY.
Thank you." (the Congressional Record, hearings), "Sr. PÉREZ. Gracias" (`CAPS_DOT_LABEL`).

The capitals of the surname are what tell the label from a sentence that opens on an abbreviation ("Mr. Smith said…",
"U.S. officials…"): a text written so labels its turns that way again and again (`CAPS_DOT_LABELS_MIN`), every word
before the surname a title or an honorific, so one capitals line in prose does not make the format. The titles are
how the record addresses the speaker, never part of the name: "CHAIRMAN GREENSPAN" is Greenspan, in the chair, the
"Mr. Greenspan, Chairman" of the attendance list (`caps_dot_person`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from quidit.ingest.labels import Label, Line, LineKind
from quidit.ingest.lexicon import (
    ARTICLES,
    CAPS_DOT_LABEL,
    CAPS_DOT_LABELS_MIN,
    CAPS_DOT_LOWER,
    HONORIFICS,
    LABEL_TITLES,
    fold,
    gender_of,
    role_of,
)

_TITLES = (LABEL_TITLES | {fold(h).rstrip(".") for h in HONORIFICS}) - ARTICLES


def _split(label: str) -> tuple[list[str], list[str]] | None:
    """(titles, surname words) of a label "VICE CHAIRMAN MCDONOUGH", "Mr. SMITH of Texas" (the House's namesakes
    told apart by their state), or None: a word before the capitals that is no title, or capitals that are a title
    themselves ("MR. CHAIRMAN." addresses the chair)."""
    words = label.split(" of ")[0].split()
    if len(words) >= 2 and fold(words[0]) in ARTICLES and words[1].isupper() and role_of(label) is not None:
        return words[:1], words[1:]  # "The PRESIDING OFFICER", "The PRESIDENT pro tempore": the chair, by office
    k = 0
    while k < len(words) - 1 and fold(words[k]).rstrip(".") in _TITLES:
        k += 1
    name = words[k:]
    if k == 0 or any(not (w.isupper() or w.startswith(("Mc", "Mac"))) or fold(w) in _TITLES for w in name):
        return None
    return words[:k], name


def caps_dot_label(s: str) -> re.Match | None:
    """The match of a line that opens on such a label (its `label` and `body` groups), or None: the turn's words must
    hold a word in lower case, the label titles then a surname in capitals (`_split`)."""
    m = CAPS_DOT_LABEL.match(s)
    if m is None or not CAPS_DOT_LOWER.search(m.group("body")) or _split(m.group("label")) is None:
        return None
    return m


def caps_dot_labels(text: str, lines: Sequence[Line]) -> bool:
    """Whether the text labels its turns that way: at least CAPS_DOT_LABELS_MIN lines open on such a label."""
    n = 0
    for ln in lines:
        if caps_dot_label(text[ln.start:ln.end]) is not None:
            n += 1
            if n >= CAPS_DOT_LABELS_MIN:
                return True
    return False


def caps_dot_unit(text: str, line: Line) -> bool:
    """Make the line a LABEL unit when it opens on such a label; whether it did."""
    m = caps_dot_label(text[line.start:line.end])
    if m is None:
        return False
    line.kind, line.label, line.body, line.caps_dot = LineKind.LABEL, m.group("label"), line.start + m.start("body"), True
    return True


def caps_dot_person(label: str) -> Label | None:
    """The person of such a label: the surname as written, the gender its honorific gives, the role its office
    ("CHAIRMAN GREENSPAN" chairs the meeting; "VICE CHAIRMAN MCDONOUGH" does not)."""
    split = _split(label)
    if split is None:
        return None
    titles, name = split
    state = label.split(" of ", 1)[1].strip() if " of " in label else None
    core = " ".join(name) + (f" of {state}" if state else "")  # ("Mr. SMITH of Texas" is not Mr. SMITH of Ohio)
    office = " ".join(w for w in titles if fold(w).rstrip(".") not in HONORIFICS and w.lower() not in HONORIFICS)
    gender = next((HONORIFICS[w.lower()] for w in titles if w.lower() in HONORIFICS), None) or gender_of(" ".join(titles))
    role = role_of(label) if fold(titles[0]) in ARTICLES else role_of(office) if office else None  # ("The PRESIDING OFFICER")
    return Label(label.strip(), core, role, gender, True)
