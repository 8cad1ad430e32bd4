"""Account names that label the turns of a machine transcript of a video call.

Google Meet's transcript tab, a Zoom or Teams text export writes one turn a line, "Account Name: speech", and the
account may be called anything: "paula alicia leon" in lower case, "CALIDAD EMPRESARIAL", "jdoe@acme.com". No
capital says it is a name there; the layout does: the same prefix opens several lines, and such lines are most of
the text. Their prefix is the speaker's label; and where the turns follow one another line after line (no blank
line between them), each such line starts a line of the cleaned text, never run on after the turn before, which
the recogniser often ends mid-sentence. (Where a blank line parts the turns, a line break inside a paragraph is a
hard wrap, and a wrapped line that happens to open on a nick goes on: "what we said about the" / "ada1815: notes…".)
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from quidit.ingest.lexicon import (
    ACCOUNT_LABEL,
    ACCOUNT_LABELS_MIN,
    ACCOUNT_LINE_TURNS_SHARE,
    ACCOUNT_SHARE,
    ACCOUNT_TURNS_MIN,
    NOT_SPEAKERS,
    UNWRAPPED_ADJACENT_SHARE,
    UNWRAPPED_LINES_MIN,
    fold,
)

_LETTER = re.compile(r"[^\W\d_]")


def account_prefix(line: str) -> str | None:
    """"paula alicia leon" for the line "paula alicia leon: Hola, chicas."; None for a line with no such prefix."""
    m = ACCOUNT_LABEL.match(line.strip())
    return m.group("label") if m else None


def _field(label: str) -> bool:
    """A form's or a record's field, not an account: "Nota", "Título", "Nombre de la Usuaria" (its first word)."""
    words = label.split()
    return fold(label) in NOT_SPEAKERS or len(words) >= 2 and len(words[0]) >= 4 and fold(words[0]) in NOT_SPEAKERS


def account_labels(lines: Iterable[str]) -> set[str]:
    """The prefixes that label turns in these lines (as written), when that is the text's layout: each opens
    ACCOUNT_TURNS_MIN lines or more, ACCOUNT_LABELS_MIN of them or more take turns, and their lines are ACCOUNT_SHARE
    of the lines with letters (a timestamp line has none); empty otherwise, so that a few "Note: …" lines of prose
    are no one's turns."""
    counts: Counter[str] = Counter()
    worded = 0
    for line in lines:
        if not _LETTER.search(line):
            continue
        worded += 1
        label = account_prefix(line)
        if label is not None and not _field(label):
            counts[label] += 1
    labels = {k for k, n in counts.items() if n >= ACCOUNT_TURNS_MIN}
    turns = sum(counts[k] for k in labels)
    if len(labels) < ACCOUNT_LABELS_MIN or turns < ACCOUNT_SHARE * worded:
        return set()
    return labels


def line_turn_labels(lines: list[str], double_spaced: bool = False) -> set[str]:
    """`account_labels`, when the text writes those turns line after line: ACCOUNT_LINE_TURNS_SHARE of their lines
    follow a line with words right above (a `double_spaced` export's blank lines mean nothing); empty otherwise."""
    labels = account_labels(lines)
    if not labels:
        return labels
    turns = adjacent = 0
    for i, line in enumerate(lines):
        if account_prefix(line) not in labels:
            continue
        turns += 1
        above = next((x for x in reversed(lines[max(0, i - 2):i]) if x.strip() or not double_spaced), "")
        adjacent += bool(above.strip())
    return labels if adjacent >= ACCOUNT_LINE_TURNS_SHARE * turns or not double_spaced and _unwrapped(lines) else set()


def _unwrapped(lines: list[str]) -> bool:
    """Whether the text writes each paragraph on one line, a blank line after it (at most UNWRAPPED_ADJACENT_SHARE of
    its lines right over another line): no line break is a hard wrap there, so a turn's line under a photo caption
    ("En Alanis, X actúa con su hijo" / "TT: A mí me pareció…") opens the turn, never runs on after the caption."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    adjacent = sum(1 for i in content if i + 1 < len(lines) and lines[i + 1].strip())
    return len(content) >= UNWRAPPED_LINES_MIN and adjacent <= UNWRAPPED_ADJACENT_SHARE * len(content)
