"""Page furniture a PDF converter left amid the text: the page's number and the sitting's date, each on its own line.

A parliament's record converted from PDF keeps each page's running head and foot ("Page 3", the journal's page number
"2986", the sitting's date "4 June 1997", in either order) as paragraphs of their own, often inside a turn, even
inside a sentence ("I am quite" / "Page 3" / … / "sure then there will be …"). They are the layout's, nobody's words,
and they do not end the turn around them: the speaker goes on after the page break. A run of such lines counts when
it holds the word "page" with its number, or a number and a date together; a lone number (a list's, a vote's) or a
lone date (a new sitting's heading) is no page break. A Hansard's clock stamps ("1040", "1050", "(1105)") are furniture
too when several rise through the record (`clock_stamps`). So is a running head the converter broke over several short
lines ("City Commission" / "Meeting" / "January" / "9, 2024"), told by its recurring word for word with a figure in it
(`running_heads`), even when a scan misreads some of its lines. So is a one-line head with the page's number last, its words
recurring and its numbers rising (`numbered_heads`). So is a notice printed at every page's foot, a
paragraph of several lines recurring word for word (`recurring_notices`). So is a stenographic version's "(Sigue 3ª.
Parte)" between two typists' parts.
"""
from __future__ import annotations

from collections import Counter

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    BARE_PAGE_NUMBER,
    END_OF_SENTENCE,
    HANSARD_CLOCK_LINE,
    HANSARD_CLOCK_MIN,
    NOTICE_MIN_LINES,
    NOTICE_MIN_WORDS,
    NUMBERED_HEAD_LINE,
    PAGE_DATE_LINE,
    PAGE_NUMBER,
    PAGE_WORD_LINE,
    RUNNING_HEAD_LINE_WORDS,
    RUNNING_HEAD_MIN,
    RUNNING_HEAD_WORDS_MIN,
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
    out |= clock_stamps(text, units) | running_heads(text, units) | numbered_heads(text, units)
    return out | recurring_notices(text, units, out)


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


def recurring_notices(text: str, units: list[Line], furniture: set[int]) -> set[int]:
    """Indices of the lines of a notice printed at every page's foot: a paragraph of NOTICE_MIN_LINES text lines or more
    and NOTICE_MIN_WORDS words that the text repeats word for word, broken at the same places, RUNNING_HEAD_MIN times or
    more, one of them at a page break: next to the page's other `furniture` (its running head), or cutting a sentence
    (the line before it ends with no stop, the one after goes on in lower case). A paragraph said again and again
    within turns does neither; a minute's one-line formula ("The motion was carried.") is no paragraph of lines."""
    paragraphs: list[list[int]] = []
    para: list[int] = []
    last = None
    for k, u in enumerate(units):
        if u.end <= u.start:
            continue
        if para and (last is None or "\n\n" in text[units[last].end:u.start]):
            paragraphs.append(para)
            para = []
        para.append(k)
        last = k
    if para:
        paragraphs.append(para)
    key = {id(p): tuple(" ".join(text[units[k].start:units[k].end].split()) for k in p) for p in paragraphs}
    counts = Counter(key.values())
    at_break: set[tuple[str, ...]] = set()
    for j, p in enumerate(paragraphs):
        before, after = paragraphs[j - 1][-1] if j else None, paragraphs[j + 1][0] if j + 1 < len(paragraphs) else None
        cut = before is not None and after is not None and not END_OF_SENTENCE.search(text[units[before].start:units[before].end]) \
            and text[units[after].start:units[after].end].lstrip()[:1].islower()
        if cut or before in furniture or after in furniture:
            at_break.add(key[id(p)])
    out: set[int] = set()
    for p in paragraphs:
        lines = key[id(p)]
        if len(p) >= NOTICE_MIN_LINES and counts[lines] >= RUNNING_HEAD_MIN and lines in at_break \
                and all(units[k].kind == LineKind.TEXT for k in p) and sum(len(line.split()) for line in lines) >= NOTICE_MIN_WORDS:
            out.update(p)
    return out


def numbered_heads(text: str, units: list[Line]) -> set[int]:
    """Indices of the lines of a running head printed as one line with the page's number last ("July 31, 2013 SENATE
    DEBATES 2"): text lines whose words before the number recur word for word RUNNING_HEAD_MIN times or more, hold a
    figure (the sitting's date) and RUNNING_HEAD_WORDS_MIN words, the numbers rising from one to the next. Numbered
    headings ("Question 1", "Article 2") hold no date; a table's rows do not rise page by page. The head often starts
    the paragraph that goes on from the page before ("… 2" over "the sector priorities will…"): `attribution` cuts
    the sentence there."""
    found: dict[str, list[tuple[int, int]]] = {}
    for k, u in enumerate(units):
        if u.end <= u.start or u.kind != LineKind.TEXT:
            continue
        m = NUMBERED_HEAD_LINE.match(text[u.start:u.end])
        if m is None:
            continue
        head = " ".join(m.group("head").split())
        if len(head.split()) >= RUNNING_HEAD_WORDS_MIN and any(c.isdigit() for c in head):
            found.setdefault(head, []).append((k, int(m.group("page"))))
    out: set[int] = set()
    for rows in found.values():
        if len(rows) >= RUNNING_HEAD_MIN and all(b[1] > a[1] for a, b in zip(rows, rows[1:])):
            out.update(k for k, _ in rows)
    return out
