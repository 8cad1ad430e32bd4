"""Hard-wrapped text whose wrapped lines became paragraphs of their own.

An export that fills lines at a fixed column (org-mode, Markdown, e-mail: 70 to 80 characters) cuts a long turn
"caro: cuando tenes una multa no te sacan el auto. si estoy en en infraccion" before the next word, and a paragraph
break may then stand between the cut and the turn's last words ("tiene que haber un aviso, con plazos"). Such a
paragraph is the end of the turn, not a heading: the turn's line is as long as the text's lines get, ends on no
stop, and the next paragraph's first word would not have fitted on it. Likewise a filled line with a dash in it ("So
it's important that you act like — we all act like") is no agenda item "FINANCES – Tarifs publics" when its paragraph
goes on over the next line.
"""
from __future__ import annotations

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    FILL_LINES_MIN,
    FILL_NEAR,
    FILL_QUANTILE,
    FILL_WIDTH_MAX,
    FILL_WIDTH_MIN,
    WRAPPED_TURN_END,
)


def fill_width(text: str, units: list[Line]) -> int | None:
    """The column the text's lines are filled to (FILL_QUANTILE of the non-empty lines' lengths), or None when the
    text has too few lines or its lines are not those of a filled text (FILL_WIDTH_MIN to FILL_WIDTH_MAX)."""
    widths = sorted(len(text[u.start:u.end]) for u in units if u.end > u.start)
    if len(widths) < FILL_LINES_MIN:
        return None
    width = widths[int(FILL_QUANTILE * (len(widths) - 1))]
    return width if FILL_WIDTH_MIN <= width <= FILL_WIDTH_MAX else None


def wrapped_turn_ends(text: str, units: list[Line], turns: set[int]) -> set[int]:
    """Indices of the one-line paragraphs that end the labelled turn on the line before (a unit index in `turns`),
    cut off it by the text's fill width: the paragraph opens in lower case, the turn's line ends on no stop and is
    at least FILL_NEAR of the width, and the paragraph's first word would have made it longer than the width."""
    width = fill_width(text, units)
    if width is None:
        return set()
    out: set[int] = set()
    prev = -1  # the last non-empty unit
    for k, u in enumerate(units):
        if u.end <= u.start:
            continue
        j, prev = prev, k
        if j < 0 or j not in turns or not (u.own_paragraph and units[j].own_paragraph) or u.kind != LineKind.TEXT:
            continue
        line, nxt = text[units[j].start:units[j].end], text[u.start:u.end]
        first = nxt.split()[0] if nxt.split() else ""
        if first[:1].islower() and WRAPPED_TURN_END.search(line) and len(line) >= FILL_NEAR * width \
                and len(line) + 1 + len(first) > width:
            out.add(k)
    return out


def wrapped_dash_lines(text: str, units: list[Line]) -> None:
    """Take back to prose the lines read as an agenda item by their dash alone (`Line.dash_item`) that are the filled
    lines of a paragraph that goes on over the next line: at least FILL_NEAR of the text's fill width, and the next
    line follows with no blank line between."""
    width = fill_width(text, units)
    if width is None:
        return
    for k, u in enumerate(units[:-1]):
        if not u.dash_item or u.kind != LineKind.HEADING or u.own_paragraph:
            continue
        nxt = units[k + 1]
        if nxt.end > nxt.start and "\n\n" not in text[u.end:nxt.start] and len(text[u.start:u.end]) >= FILL_NEAR * width:
            u.kind = LineKind.TEXT
