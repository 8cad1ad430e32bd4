"""Page furniture a PDF converter left amid the text: the page's number and the sitting's date, each on its own line.

A parliament's record converted from PDF keeps each page's running head and foot ("Page 3", the journal's page number
"2986", the sitting's date "4 June 1997", in either order) as paragraphs of their own, often inside a turn, even
inside a sentence ("I am quite" / "Page 3" / … / "sure then there will be …"). They are the layout's, nobody's words,
and they do not end the turn around them: the speaker goes on after the page break. A run of such lines counts when
it holds the word "page" with its number, or a number and a date together; a lone number (a list's, a vote's) or a
lone date (a new sitting's heading) is no page break. A Hansard's clock stamps ("1040", "1050", "(1105)") are furniture
too when several rise through the record (`clock_stamps`). So is a running head the converter broke over several short
lines ("City Commission" / "Meeting" / "January" / "9, 2024"), told by its recurring word for word with a figure in it
(`running_heads`), even when a scan misreads some of its lines. So is a stenographic version's "(Sigue 3ª. Parte)"
between two typists' parts.
"""
from __future__ import annotations

from collections import Counter

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    BARE_PAGE_NUMBER,
    HANSARD_CLOCK_LINE,
    HANSARD_CLOCK_MIN,
    PAGE_DATE_LINE,
    PAGE_NUMBER,
    PAGE_WORD_LINE,
    RUNNING_HEAD_LINE_WORDS,
    RUNNING_HEAD_MIN,
    STENO_PART_LINE,
)


def _furniture(line: str) -> str | None:
    """'page' for a page number with its word, 'number' for a bare one, 'date' for a date alone; None otherwise."""
    if PAGE_WORD_LINE.match(line):
        return "page"
    if PAGE_NUMBER.match(line) or BARE_PAGE_NUMBER.match(line):
        return "number"
    if PAGE_DATE_LINE.match(line):
        return "date"
    return None


def page_furniture(text: str, units: list[Line]) -> set[int]:
    """Indices of the units that are a page break's furniture: runs of whole-line units of page numbers and dates
    (text lines, no label), each run holding "Page N", or a number and a date."""
    out: set[int] = set()
    run: list[int] = []
    kinds: set[str] = set()

    def close() -> None:
        if "page" in kinds or {"number", "date"} <= kinds:
            out.update(run)
        run.clear()
        kinds.clear()

    for k, u in enumerate(units):
        if u.end <= u.start:
            continue
        if u.kind in (LineKind.TEXT, LineKind.NARRATION) and STENO_PART_LINE.match(text[u.start:u.end]):
            out.add(k)  # "(Sigue 3ª. Parte)": a typist's part ends, the turn goes on
            close()
            continue
        what = _furniture(text[u.start:u.end]) if u.kind == LineKind.TEXT else None
        if what is None:
            close()
            continue
        run.append(k)
        kinds.add(what)
    close()
    return out | clock_stamps(text, units) | running_heads(text, units)


def clock_stamps(text: str, units: list[Line]) -> set[int]:
    """Indices of a Hansard's clock stamps: lines that are a time of day alone in four figures ("1050", "(1105)"), at
    least HANSARD_CLOCK_MIN of them, each later than the one before (numbers that fall or repeat are a list's)."""
    found: list[tuple[int, int]] = []
    for k, u in enumerate(units):
        if u.end > u.start and u.kind in (LineKind.TEXT, LineKind.NARRATION) \
                and (m := HANSARD_CLOCK_LINE.match(text[u.start:u.end])) is not None:
            found.append((k, int(m.group("h")) * 60 + int(m.group("m"))))
    if len(found) < HANSARD_CLOCK_MIN or any(b[1] <= a[1] for a, b in zip(found, found[1:])):
        return set()
    return {k for k, _ in found}


def running_heads(text: str, units: list[Line]) -> set[int]:
    """Indices of the lines of a running head broken over short lines: a run of two or more text lines in a row (blank
    lines between them aside), each of at most RUNNING_HEAD_LINE_WORDS words with no sentence's stop, at least half of
    whose lines the text repeats word for word RUNNING_HEAD_MIN times or more, one of them with a figure (a date, a
    page, the term of office). The rest of such a run is the same head misread (a scanned logo read as "As Noe", "QA
    ACTA DE CABILDO"). A heading the text repeats ("Discussion", "Action items") has no figure; a list of short items
    is not repeated."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, u in enumerate(units):
        if u.end <= u.start:
            continue
        line = text[u.start:u.end].strip()
        if u.kind == LineKind.TEXT and line and len(line.split()) <= RUNNING_HEAD_LINE_WORDS and line[-1] not in ".!?:;…":
            run.append(k)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    if len(run) >= 2:
        runs.append(run)
    lines = {k: text[units[k].start:units[k].end].strip() for r in runs for k in r}
    counts = Counter(lines.values())
    out: set[int] = set()
    for r in runs:
        repeated = [lines[k] for k in r if counts[lines[k]] >= RUNNING_HEAD_MIN]
        if 2 * len(repeated) >= len(r) and any(c.isdigit() for line in repeated for c in line):
            out.update(r)
    return out
