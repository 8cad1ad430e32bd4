"""Meeting logs whose agenda items are an issue tracker's tickets: "[Feature #20265] Deprecate and remove rb_newobj
(peterzhu2118)" on a line of its own, the text the proposer wrote for the meeting pasted under it ("* These two APIs
are difficult to use…", "* I would like a decision on…"), then the discussion ("Discussion:", "* ko1: …").

The ticket's line is a heading, nobody's words. The pasted text is the proposer's, whom the handle in brackets at
the title's end names: the sentences under the title that no cue gave to anyone, up to the first one that has a
speaker or is a heading ("Discussion:", "Conclusion:"). The meeting's labels may write the proposer shorter ("peter:"
for "peterzhu2118", "moris:" for "tagomoris", "KJ:" for "kjtsanaktsidis"): that labelled person is the proposer when
only one fits (`TICKET_HANDLE_PART_MIN`); else the handle is a person of its own. A title without a handle, or with
a name that is no handle, leaves its text alone.
"""
from __future__ import annotations

import bisect
import re

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import END_OF_SENTENCE, ISSUE_TITLE_LINE, TICKET_HANDLE_PART_MIN, TICKET_HEADING, TRACKER_ITEM_LINE, fold
from quidit.ingest.records import Cue, Participant, Sentence


def mark_ticket_headings(text: str, units: list[Line]) -> int:
    """Make each ticket's title line a heading (it ends the turn before it); return how many there were. An issue's
    title with its number at the end ("… tracking? #5"), a paragraph of its own and no label's line, is one too."""
    n = 0
    for u in units:
        line = text[u.start:u.end]
        issue = u.kind == LineKind.TEXT and _alone(text, u.start, u.end) and (
            ISSUE_TITLE_LINE.match(line) is not None
            or TRACKER_ITEM_LINE.match(line) is not None and END_OF_SENTENCE.search(line) is None)
        if "\n" not in line and (TICKET_HEADING.match(line) is not None or issue):
            u.kind, u.label, u.body, u.title = LineKind.HEADING, None, None, line
            n += 1
    return n


def _alone(text: str, a: int, b: int) -> bool:
    """A line that is a paragraph of its own: a blank line (or the text's edge) before and after it."""
    return (a == 0 or text[max(0, a - 2):a] == "\n\n") and (b >= len(text.rstrip()) or text[b:b + 2] == "\n\n")


def _labelled(sentences: list[Sentence]) -> dict[str, str]:
    """The one-word names the meeting's labels give its people, folded -> as written."""
    return {fold(s.speaker): s.speaker for s in sentences
            if s.speaker and s.cue in (Cue.LABEL, Cue.LABEL_ROSTER) and " " not in s.speaker.strip()}


def _fits(label: str, handle: str) -> bool:
    """A label that writes the handle shorter: its start or its end, or its first letters in capitals."""
    short, long_ = fold(label).replace(" ", ""), fold(handle).replace(" ", "")
    if short == long_:
        return True
    if label.isupper() and 2 <= len(label) <= 3 and label.isalpha():
        return long_.startswith(short)
    return len(short) >= TICKET_HANDLE_PART_MIN and (long_.startswith(short) or long_.endswith(short))


def _proposer(handle: str, labelled: dict[str, str], participants: list[Participant]) -> str:
    fits = {v for v in labelled.values() if _fits(v, handle)}
    if len(fits) == 1:
        return fits.pop()
    if not any(fold(p.name) == fold(handle) for p in participants):
        participants.append(Participant(name=handle, in_roster=False))
    return next(p.name for p in participants if fold(p.name) == fold(handle))


def ticket_proposers(text: str, sentences: list[Sentence], participants: list[Participant]) -> int:
    """Give each ticket's pasted text to its proposer; return how many sentences changed."""
    starts = [s.start for s in sentences]
    labelled: dict[str, str] | None = None
    changed = 0
    for m in re.finditer(r"[^\n]+", text):
        if "[" not in m.group()[:10]:
            continue
        t = TICKET_HEADING.match(m.group())
        if t is None or t.group("who") is None:
            continue
        labelled = _labelled(sentences) if labelled is None else labelled
        who = _proposer(t.group("who"), labelled, participants)
        k = bisect.bisect_left(starts, m.end())
        while k < len(sentences) and sentences[k].cue in (Cue.NONE, Cue.CONTINUATION):
            sentences[k].speaker, sentences[k].cue = who, Cue.LABEL
            changed += 1
            k += 1
    return changed
