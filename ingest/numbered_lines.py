"""Line-numbered transcripts: the margin's line numbers and the page numbers are layout, not text.

A court reporter's, a stenographer's or a hearing's record numbers every line in a left margin (1 to 25 a page,
starting again on each page) and prints the page's number on a line of its own:

           7             For those of you who don't know, my name is
           8      Senator David Valesky.  I'm the chair of the

A turn (`SENATOR X:  …`, `MR. Y:  …`, `Q.  …`) and each new paragraph inside it open on a line indented deeper than
the text's own column; the lines at that column wrap on, across page breaks. `unnumber` takes the numbers off and
gives back the lines as paragraphs: a numbered line at the text's column goes on the paragraph a deeper line opened
(the turn's words), and is a paragraph of its own otherwise (a cover page's entries: `PRESIDING:`, a participant's
name, the title on the line under it). A number with a dot or a bracket ("1. Apologies") is an item's, and a text
whose numbered lines are few, out of order or a minority of its lines (an agenda, a list inside speech) is left as
it is.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quidit.ingest.lexicon import (
    BARE_NUMBER_LINE,
    LINE_NUMBER_COLUMN_SLACK,
    LINE_NUMBER_GAP,
    LINE_NUMBER_IN_ORDER,
    LINE_NUMBER_MAX,
    LINE_NUMBER_RESTART_FROM,
    LINE_NUMBERED_MIN,
    LINE_NUMBERED_SHARE,
    NUMBERED_LINE,
    PARAGRAPH_INDENT,
)


@dataclass(frozen=True)
class Numbered:
    """One line with its margin number: the number, the column the number ends at, the text and its column."""
    number: int
    margin: int
    text: str
    column: int


def _numbered(line: str) -> Numbered | None:
    m = NUMBERED_LINE.match(line)
    if m is None or not 1 <= int(m.group(2)) <= LINE_NUMBER_MAX:
        return None
    rest = line[m.end():]
    text = rest.strip()
    return Numbered(int(m.group(2)), m.end(2), text, len(line) - len(rest.lstrip()) if text else m.end())


def _mode(values: list[int]) -> int:
    return Counter(values).most_common(1)[0][0]


def _margin_layout(lines: list[str], numbered: dict[int, Numbered]) -> bool:
    """Whether the numbered lines are a transcript's margin: enough of them, most of the text's lines, in order (one
    after the other, or 1 again on a new page), and either starting again on a page or set apart from their text."""
    if len(numbered) < LINE_NUMBERED_MIN:
        return False
    content = sum(1 for line in lines if line.strip())
    if len(numbered) < LINE_NUMBERED_SHARE * content:
        return False
    numbers = [n.number for _, n in sorted(numbered.items())]
    pairs = list(zip(numbers, numbers[1:]))
    in_order = sum(1 for a, b in pairs if b == a + 1 or b == 1)
    if in_order < LINE_NUMBER_IN_ORDER * len(pairs):
        return False
    restarts = any(b == 1 and a >= LINE_NUMBER_RESTART_FROM for a, b in pairs)
    gaps = [n.column - n.margin for n in numbered.values() if n.text]
    return restarts or (bool(gaps) and sorted(gaps)[len(gaps) // 2] >= LINE_NUMBER_GAP)


def unnumber(lines: list[str]) -> list[str] | None:
    """The lines of a line-numbered transcript without their numbers, paragraphs set apart by empty lines (the first
    line of each page led by a space, the cleaning's page mark); None when the text is not one."""
    numbered = {i: n for i, line in enumerate(lines) if (n := _numbered(line)) is not None}
    if not _margin_layout(lines, numbered):
        return None
    margin = _mode([n.margin for n in numbered.values()])
    column = _mode([n.column for n in numbered.values() if n.text])
    out: list[str] = []
    open_turn = False  # the paragraph under way was opened by a line deeper than the text's column
    new_page = False
    for i, line in enumerate(lines):
        n = numbered.get(i)
        if n is not None and abs(n.margin - margin) > LINE_NUMBER_COLUMN_SLACK:
            n = None  # a number elsewhere on the line: a page number, or a line of other text
        if n is None and BARE_NUMBER_LINE.match(line):
            new_page = bool(out)  # the page's number: the text goes on, on the next page
            continue
        if n is None:
            if line.strip():  # a line between two numbered ones: a turn's words wrap on; on a cover page, a line of
                if out and out[-1] and not open_turn:  # its own (the title under a participant's name)
                    out.append("")
                out.append((" " if new_page else "") + line.strip())
                new_page = False
            continue
        if not n.text:  # an empty numbered line ends what was under way
            if out and out[-1]:
                out.append("")
            open_turn = False
            continue
        deep = n.column >= column + PARAGRAPH_INDENT
        if out and out[-1] and not (open_turn and not deep):
            out.append("")  # a deeper line opens a paragraph; at the text's column, only a turn's words wrap on
        open_turn = deep or open_turn
        out.append((" " if new_page else "") + n.text)
        new_page = False
    return out
