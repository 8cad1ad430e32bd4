"""Times in a plain-text transcript. A Teams, Otter, Rev or Zoom export copied to text keeps each turn's clock: on a
line of its own ("0:0:9.490", "00:01:30"), before the speaker's name ("00:01:30 Jane Roe") or after it ("Jane Roe
0:15", "Jane Roe (00:00:01):", "Jason Plumb 00:02:04 I rebased…"). Passages then cite when a quote was said, as a subtitle file's do."""
from __future__ import annotations

import bisect
import re

from quidit.ingest.labels import NAME_TIME_WORDS
from quidit.ingest.lexicon import (
    CLOCK_LEADING,
    CLOCK_LINE,
    CLOCK_MARKS_MIN,
    CLOCK_NAME_WORDS,
    CLOCK_TRAILING,
    DAY_CLOCK_FROM,
    TWO_PART_CLOCK,
)
from quidit.ingest.lexicon import (
    PARTICLES as NAME_PARTICLES,
)
from quidit.ingest.records import Passage


def seconds(clock: str) -> float:
    """"0:1:10.130" -> 70.13, "1:02" -> 62 (minutes and seconds), "00:00:01,500" -> 1.5; a negative offset
    ("0:0:-7.-650", speech before the recording's start) counts as 0."""
    parts = [abs(float(p.replace(",", ".") or 0)) for p in re.sub(r"(?<=[.,])-", "", clock).split(":")]
    total = 0.0
    for p in parts:
        total = total * 60 + p
    return 0.0 if "-" in clock else total


def _lines(text: str, line_starts: list[int]) -> list[tuple[int, str]]:
    """(offset, line) of the source's lines: the cleaner joins a paragraph's lines with spaces, `line_starts` keeps
    where each began."""
    starts = sorted(set(line_starts)) or [0]
    out = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        out.append((a, text[a:b].split("\n", 1)[0].rstrip()))
    return out


def clock_marks(text: str, line_starts: list[int]) -> list[tuple[int, float, float | None]]:
    """(offset of the clock's line, start in seconds, end in seconds or None), in text order; [] unless the text
    writes at least CLOCK_MARKS_MIN clocks and they run forward (times that go back are a list's, not a recording's)."""
    marks: list[tuple[int, float, float | None]] = []
    two_part: list[bool] = []  # the clock written "9:30" or "1:02", not "0:01:02"
    for at, line in _lines(text, line_starts):
        if (m := CLOCK_LINE.match(line)) is not None:
            marks.append((at, seconds(m.group("start")), seconds(m.group("end")) if m.group("end") else None))
        elif (m := CLOCK_LEADING.match(line)) is not None:
            marks.append((at, seconds(m.group("start")), None))
        elif (m := NAME_TIME_WORDS.match(line)) is not None:  # "Jason Plumb 00:02:04 I rebased…" (Zoom's web transcript)
            marks.append((at, seconds(m.group("start")), None))
        elif (m := CLOCK_TRAILING.match(line)) is not None \
                and len(words := re.sub(r"\([^()]*\)", "", m.group("name")).split()) <= CLOCK_NAME_WORDS \
                and all(w[:1].isupper() or w[:1].isdigit() or w in NAME_PARTICLES for w in words):
            marks.append((at, seconds(m.group("start")), None))
        else:
            continue
        two_part.append(TWO_PART_CLOCK.fullmatch(m.group("start")) is not None)
    if len(marks) < CLOCK_MARKS_MIN or any(b[1] < a[1] for a, b in zip(marks, marks[1:])):
        return []
    if all(two_part) and marks[0][1] >= DAY_CLOCK_FROM:
        # "9:30 Mark notes that…", "11:01": notes that write the time of day, hours and minutes, not a recording's
        # minutes and seconds (a recording's first turn is near its start: "0:15")
        return [(at, s * 60, e * 60 if e is not None else None) for at, s, e in marks]
    return marks


def time_passages(text: str, line_starts: list[int], passages: list[Passage]) -> bool:
    """Give each passage the time of the last clock at or before its start (its turn's) and the clocks inside it
    (`Passage.cue_times`, to cite a quote's own time); its end is the next clock after it. Whether the text had a
    recording's clock."""
    marks = clock_marks(text, line_starts)
    if not marks:
        return False
    offsets = [at for at, _, _ in marks]
    for p in passages:
        i = bisect.bisect_right(offsets, p.start) - 1
        j = bisect.bisect_left(offsets, p.end)
        inside = marks[i + 1:j]
        if i < 0 and not inside:
            continue  # before the first clock: a title or a list of participants
        p.start_s = marks[i][1] if i >= 0 else inside[0][1]
        ends = [e for _, _, e in marks[max(i, 0):j] if e is not None]
        p.end_s = marks[j][1] if j < len(marks) else (ends[-1] if ends else None)
        p.cue_times = [[0, p.start_s]] + [[at - p.start, s] for at, s, _ in inside]
    return True
