"""Turns whose initials label lost its colon ("SA ouais ! Du coup…" among "SA : …" and "MP : …" turns).

A transcript that labels its turns by initials and a colon now and then drops the colon by a slip of the keyboard.
The line still opens a paragraph with the same initials and the speaker's words after them, so a reader takes it
for that person's turn. Only initials the text uses as a label with its colon at least COLONLESS_LABELS_MIN times,
opening a paragraph, with a word in lower case right after them (a sentence that opens on an acronym, "PS Allez…",
"IT teams…", writes a capital after it or is not a label the text uses).

A Spanish record's labels drop their ".-" the same way ("La señora EMBAJADORA No creo que…" among "La señora
EMBAJADORA.- …" turns): the label the text writes with its ".-" that often, opening a paragraph, then a capitalised
word in lower case (the name in capitals ends where the words begin).
"""
from __future__ import annotations

from collections import Counter

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import COLONLESS_INITIALS, COLONLESS_LABELS_MIN, DASHLESS_CAPS_LABEL, INITIALS_LABEL, SPEECH_VERB


def colonless_initials(text: str, units: list[Line]) -> int:
    """Make each such line a LABEL unit of its initials; return how many there were."""
    used = Counter(u.label.strip() for u in units if u.kind == LineKind.LABEL and u.label and INITIALS_LABEL.match(u.label.strip())
                   and text[u.start:u.body or u.end].rstrip().endswith(":"))
    n = 0
    for u in units:
        if u.kind != LineKind.TEXT or not (u.start == 0 or text[u.start - 2:u.start] == "\n\n"):
            continue
        m = COLONLESS_INITIALS.match(text, u.start, u.end)
        if m is None or used[m.group("abbr")] < COLONLESS_LABELS_MIN or SPEECH_VERB.match(text, m.end(), u.end):
            continue  # ("LR asked the group…" in minutes that label only a later session: reported speech, a subject)
        u.kind, u.label, u.body = LineKind.LABEL, m.group("abbr"), m.end()
        n += 1
    return n


def _paragraph_opening(text: str, u: Line) -> bool:
    return u.start == 0 or text[u.start - 2:u.start] == "\n\n"


def dashless_caps_labels(text: str, units: list[Line]) -> int:
    """Make each line that opens with a "La señora X" label the text writes with its ".-" elsewhere, the ".-"
    dropped, a LABEL unit of it; return how many there were."""
    used = Counter(" ".join(u.label.split()) for u in units if u.kind == LineKind.LABEL and u.label and u.body
                   and text[u.start:u.body].rstrip()[-2:-1] == "." and DASHLESS_CAPS_LABEL.match(u.label.strip() + " Aa"))
    n = 0
    for u in units:
        if u.kind != LineKind.TEXT or not _paragraph_opening(text, u):
            continue
        m = DASHLESS_CAPS_LABEL.match(text, u.start, u.end)
        if m is None or used[" ".join(m.group("label").split())] < COLONLESS_LABELS_MIN:
            continue
        u.kind, u.label, u.body = LineKind.LABEL, m.group("label"), m.end()
        n += 1
    return n
