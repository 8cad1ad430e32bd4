"""A broadcast transcript's turns under a name line that does not name the voice ("No identificado", "Unidentified
speaker"), right after a turn that announces who speaks next ("… Vamos a escuchar a la asambleísta Paola Jaramillo."):
the announced person's. The announcement must end the turn before; only sentences no cue gave a speaker change, up to
the next name line.
"""
from __future__ import annotations

import bisect
import re

from quidit.ingest.lexicon import ANNOUNCED_NEXT, UNIDENTIFIED_LINE
from quidit.ingest.names import named_person
from quidit.ingest.records import Cue, Participant, Sentence


def announced_turns(text: str, sentences: list[Sentence], participants: list[Participant]) -> int:
    """Give each unidentified voice's turn that an announcement opens to the person announced; how many changed."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # the name line alone, or the cleaning's join of it and the turn's first line ("No identificado Buenos días, …")
    unknown = [(a, m.end()) for a, b in lines if (m := UNIDENTIFIED_LINE.match(text, a, b)) is not None
               and (m.end() == b or text[m.end() - 1:m.end()].isspace() and text[m.end():m.end() + 1].isupper())]
    if not unknown:
        return 0
    heads = sorted({a for a, b in lines if b - a <= 60 and _name_line(text, a, b)} | {a for a, _ in unknown})
    ends = [s.end for s in sentences]  # (sentences are in text order: each turn is found by bisection)
    starts = [s.start for s in sentences]
    changed = 0
    for a, _ in unknown:
        k = bisect.bisect_right(ends, a)  # the sentences that end before the name line
        if k == 0:
            continue
        last = sentences[k - 1]
        m = ANNOUNCED_NEXT.search(text[last.start:last.end].rstrip())
        if m is None:
            continue
        who = named_person(m.group("name"), participants)
        nxt = bisect.bisect_right(heads, a)  # the next name line ends the turn
        end = heads[nxt] if nxt < len(heads) else len(text)
        for s in sentences[bisect.bisect_left(starts, a):]:
            if s.end > end:
                break
            if s.speaker is None and s.cue == Cue.NONE:
                s.speaker, s.cue = who.name, Cue.HANDOVER
                changed += 1
    return changed


def _name_line(text: str, a: int, b: int) -> bool:
    """A short line of two to five capitalised words without a stop: a speaker's name line over a turn."""
    words = text[a:b].split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not re.search(r"[.!?:;,]$", text[a:b].strip())
