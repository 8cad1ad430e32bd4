"""Agenda items a board's minutes head with a letter or a Roman numeral, a title-case line of its own ("G. Minutes of
Feb 14, 2013 12:00 PM", "H. Contract Award to Acme Corporation", "VI. Committee Reports"): headings, so the turn
before them ends there and they are nobody's words. Not an initial before a name ("M. Dupont", "D. Pedro": an
honorific's letter), a line with a word in lower case (a verb) or a colon, nor a heading that names whose report follows ("X. Chair's
Report": `REPORT_HEADING` gives the report to its holder)."""
from __future__ import annotations

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    HONORIFICS,
    LETTERED_HEADING,
    LETTERED_HEADING_MIN_WORDS,
    LETTERED_HEADING_WORD,
    REPORT_HEADING,
)


def lettered_heading(line: str) -> bool:
    """Whether a line is an agenda item's lettered or numbered title."""
    m = LETTERED_HEADING.match(line)
    if m is None or f"{m.group('mark').lower()}." in HONORIFICS:
        return False
    title = m.group("title")
    words = LETTERED_HEADING_WORD.findall(title)
    return len(words) >= LETTERED_HEADING_MIN_WORDS and all(w[0].isupper() for w in words) \
        and REPORT_HEADING.match(title) is None


def lettered_headings(text: str, out: list[Line]) -> None:
    """Make the lettered item titles among the lines of text and labels headings."""
    for ln in out:
        alone = ln.own_paragraph or (ln.start == 0 or text[max(0, ln.start - 2):ln.start] == "\n\n") \
            and text[ln.end:ln.end + 2] in ("", "\n", "\n\n")
        if ln.kind in (LineKind.TEXT, LineKind.LABEL) and alone and lettered_heading(text[ln.start:ln.end]):
            ln.kind, ln.label, ln.body = LineKind.HEADING, None, None
