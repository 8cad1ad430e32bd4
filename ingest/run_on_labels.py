"""Turn labels run on into the line before them. A parliament's record written "M. X. Words" (`labels.dot_labels`)
puts each turn on a line of its own; a scanned and OCR'd record often loses that line break after the reaction in
parentheses that closes a turn, so the next speaker's label runs on after it on the same line: "(Vive approbation à
droite.) M. Guichard. Le motif pour lequel…", "(Aux voix !) M. le président. J'ai reçu…", or after the exclamation
that ended it ("… nous demandons que le bureau soit nommé aujourd'hui!M. le président. Il a paru…"), an exclamation
mark the OCR often reads as a lone "1", "l" or "t" ("Aux voix ! aux voix 1 M. le comte de Colbert-Laplace. Messieurs…").
Such a label opens a turn as if it opened the line: the line is cut there into two units (`lines.scan_lines`), the
label's unit classified like any other.

Notes run labels on the same way, without the OCR: a note-taker writing a quick exchange as one paragraph puts the
next speaker's colon label right after the sentence that ended the last turn ("… unaligned chunk grids. Alistair:
all feel that there need to be…", "RyanA: giving…"). Such a label opens a turn where it stands when its name is one
of the document's people, listed as present or labelled at a line's head elsewhere (`run_on_speaker`); a word that
is no one's name ("Note:", "Action:", "Update:") leaves the sentence to the turn it is in. A dash item's head runs on
the same way ("… to another? KH – Is this transfer…", `person_dash_items`).

A Spanish record's ".-" labels run on too, where a transcriber ran two turns into one paragraph ("La señora
EMBAJADORA.- Ustedes pongan (?) El señor MONTESINOS TORRES .- Que no existe…"): a label the text opens lines with
(COLONLESS_LABELS_MIN times at least), after a sentence's end, cuts the line there (`split_run_on_dash_labels`).
Minutes typed live that open lines with a short name and a spaced dash ("Ryan S – …") run a quick exchange into one
line without even a stop ("… platform specific Tim H – We don't…"): such a name, one that opens a line elsewhere, cuts
the line there too (`split_run_on_person_dash_labels`).
"""
from __future__ import annotations

import dataclasses
import re

from quidit.ingest.labels import Line, parse_label
from quidit.ingest.lexicon import (
    COLONLESS_LABELS_MIN,
    DASHED_CAPS_LABEL_LINE,
    DOT_LABEL,
    GROUP_DOT_LABEL,
    NOT_SPEAKERS,
    PERSON_DASH_LINES_MIN,
    RUN_ON_COLON_BEFORE,
    RUN_ON_COLON_LABEL,
    RUN_ON_DASH_LABEL,
    RUN_ON_LABEL_START,
    SPACED_DASH,
    fold,
    role_of,
)
from quidit.ingest.names import resolve
from quidit.ingest.person_dash_items import PERSON_DASH, dash_person
from quidit.ingest.records import Participant


def _label_at(s: str, at: int) -> bool:
    """Whether a dotted turn label of a person or an office opens `s` at `at` ("M. Guichard. Le motif…"), not a
    group's cry ("Plusieurs membres à droite. …") nor a phrase that only looks like one."""
    m = DOT_LABEL.match(s[at:])  # (anchored: `^` holds at the string's start only)
    return m is not None and GROUP_DOT_LABEL.match(s[at:]) is None \
        and parse_label(m.group("label").split(",")[0]) is not None


def split_run_on_labels(text: str, lines: list[Line]) -> list[Line]:
    """The lines, each cut before every label run on after a closing parenthesis, an exclamation (also as the OCR
    misreads it) or a question (`RUN_ON_LABEL_START`)."""
    out: list[Line] = []
    for ln in lines:
        s = text[ln.start:ln.end]
        a = 0
        for m in RUN_ON_LABEL_START.finditer(s):
            if m.start("label") > a and _label_at(s, m.start("label")):
                out.append(dataclasses.replace(ln, start=ln.start + a, end=ln.start + m.end("before"), own_paragraph=False))
                a = m.start("label")
        out.append(ln if a == 0 else dataclasses.replace(ln, start=ln.start + a, own_paragraph=False))
    return out


def split_run_on_dash_labels(text: str, lines: list[Line]) -> list[Line]:
    """The lines, each cut before a ".-" label of the text's own run on after a sentence's end; unchanged when the
    text does not open COLONLESS_LABELS_MIN lines and more with such labels."""
    opening: dict[str, int] = {}
    for ln in lines:
        m = DASHED_CAPS_LABEL_LINE.match(text, ln.start, ln.end)
        if m is not None:
            key = " ".join(m.group("label").split())
            opening[key] = opening.get(key, 0) + 1
    known = {k for k, n in opening.items() if n >= COLONLESS_LABELS_MIN}
    if not known:
        return lines
    out: list[Line] = []
    for ln in lines:
        s = text[ln.start:ln.end]
        a = 0
        for m in RUN_ON_DASH_LABEL.finditer(s):
            if m.start("label") > a and " ".join(m.group("label").split()) in known:
                out.append(dataclasses.replace(ln, start=ln.start + a, end=ln.start + m.start(), own_paragraph=False))
                a = m.start("label")
        out.append(ln if a == 0 else dataclasses.replace(ln, start=ln.start + a, own_paragraph=False))
    return out


def split_run_on_person_dash_labels(text: str, lines: list[Line]) -> list[Line]:
    """The lines, each cut before a short name and spaced dash ("Ryan H – ", "Wayne – ") that opens a line elsewhere in
    the text, run on after a word: minutes typed live that open PERSON_DASH_LINES_MIN lines and more with such turns
    run a quick exchange into one line, with no stop between turns ("Ryan H – perhaps not make it platform specific
    Tim H – We don't want…"). Whether the name is a listed person's is `person_dash_items`'s to tell, as at a line's
    head; unchanged when the text opens fewer lines so."""
    opening: set[str] = set()
    count = 0
    for ln in lines:
        m = PERSON_DASH.match(text, ln.start, ln.end)
        if m is not None and SPACED_DASH.match(text, m.end("label")) and fold(m.group("label")) not in NOT_SPEAKERS \
                and role_of(m.group("label")) is None:
            opening.add(m.group("label"))
            count += 1
    if count < PERSON_DASH_LINES_MIN:
        return lines
    run_on = re.compile(rf"(?<=[\w.!?…)\]])[ \t]{{1,3}}(?P<label>{'|'.join(map(re.escape, sorted(opening, key=len, reverse=True)))})"
                        rf"(?={SPACED_DASH.pattern})")
    out: list[Line] = []
    for ln in lines:
        s = text[ln.start:ln.end]
        a = 0
        for m in run_on.finditer(s):
            if m.start("label") > a:
                out.append(dataclasses.replace(ln, start=ln.start + a, end=ln.start + m.start(), own_paragraph=False))
                a = m.start("label")
        out.append(ln if a == 0 else dataclasses.replace(ln, start=ln.start + a, own_paragraph=False))
    return out


def run_on_speaker(text: str, s: int, e: int, line_start: int, people: list[Participant]) -> Participant | None:
    """The person whose colon label opens the sentence at `s`, run on after the sentence before it on the same line
    ("… chunk grids. Alistair: all feel…"), when the label is one of `people` (those listed as present or labelled at a
    line's head); None for a sentence that opens its line, a label after anything but a sentence's end, a word that
    names no one ("Note:") or a name two people could bear."""
    if s <= line_start or not RUN_ON_COLON_BEFORE.search(text, max(line_start, s - 6), s):
        return None
    m = RUN_ON_COLON_LABEL.match(text, s, e)
    if m is None:  # "… another? KH – Is this transfer…", "… issue. Bruce – We have…": a dash item's run-on turn
        d = PERSON_DASH.match(text, s, e)
        return dash_person(d.group("label"), people) if d is not None else None
    label = m.group("label").strip()
    if fold(label) in NOT_SPEAKERS or role_of(label) is not None:
        return None
    return resolve(label, people)
