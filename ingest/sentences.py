"""Split cleaned French (or English/Spanish) prose into sentence spans."""
from __future__ import annotations

import re

from quidit.ingest.lexicon import ABBREVIATIONS, CURRENCY_ABBREVIATIONS, INLINE_BULLET, LETTER_LABELS, fold

BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[»”\"')\]]*\s+(?=[«“\"(\[]?\s*[A-ZÀ-ÖØ-Þ0-9¿¡])")  # (from a run's first mark only: linear)
WORD_BEFORE = re.compile(r"([\w°]+)\.$")
# how far back the word before a full stop is read: no abbreviation or initial is longer, and an unbounded look
# back made a 70,000-character line of letters take half a minute
WORD_REACH = 40
LABEL_BEFORE = re.compile(r"(\w+)\s+\w\.$")  # "Exhibit Q.": the noun before a one-letter label


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) with no surrounding white space; lines are boundaries too."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for ls, chunk in _items(text, start, end):
        cut = 0
        for m in BOUNDARY.finditer(chunk):
            punct_end = m.start() + len(m.group().rstrip())
            w = WORD_BEFORE.search(chunk, max(cut, m.start() - WORD_REACH), m.start() + 1)  # (a bounded look back: linear)
            if w and chunk[m.start()] == "." and (w.group(1).lower() in ABBREVIATIONS or (len(w.group(1)) == 1 and w.group(1).isupper())):
                lab = LABEL_BEFORE.search(chunk, max(cut, m.start() - 40), m.start() + 1) if len(w.group(1)) == 1 else None
                if lab is None or fold(lab.group(1)) not in LETTER_LABELS or not chunk[m.end():m.end() + 1].isalpha():
                    continue  # an initial ("J. Smith"), unless the letter labels an exhibit ("Exhibit Q. A board member")
            if w and chunk[m.start()] == "." and w.group(1).lower() in CURRENCY_ABBREVIATIONS and chunk[m.end():m.end() + 1].isdigit():
                continue  # "costó Gs. 50.000.000": the currency before its amount
            _add(spans, text, ls + cut, ls + punct_end)
            cut = m.end()
        _add(spans, text, ls + cut, ls + len(chunk))
    return spans


def _items(text: str, start: int, end: int):
    """The lines of text[start:end] with their offsets, a line cut before each bullet glyph inside it: a PDF or an
    export that ran a list into one line ("…la transacción. ● Funciones: X señaló…") holds one item per piece."""
    for line in re.finditer(r"[^\n]+", text[start:end]):
        ls, chunk, cut = start + line.start(), line.group(), 0
        for m in INLINE_BULLET.finditer(chunk):
            yield ls + cut, chunk[cut:m.start()]
            cut = m.start()
        yield ls + cut, chunk[cut:]


def _add(spans: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
