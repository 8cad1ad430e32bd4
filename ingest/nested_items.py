"""Minutes typed as a nested list, the turns in its items ("    - PD:  This is an open source project…"): an item
less indented than the labelled one is the list's next point ("- Chris Ferris to move Project Proposal on wiki"), no
longer the speaker's words, whatever follows the turn in the text."""
from __future__ import annotations

import bisect
import re

from quidit.ingest.cleaning import CleanText
from quidit.ingest.records import Cue, Sentence

_ITEM_PREFIX = re.compile(r"[ \t]{0,40}(?:[*•▪◦-][ \t]{1,8}){1,4}")  # the indent and bullets of a list item: "  - - "


def _item_column(ct: CleanText, start: int) -> int | None:
    """The column where the words of the list item opening at `start` begin in the file ("    - PD: …" -> 6, "- -
    CF: …" -> 4), None when the sentence opens no line or no list item."""
    k = bisect.bisect_right(ct.line_starts, start) - 1
    if k < 0 or ct.text[ct.line_starts[k]:start].strip() or k >= len(ct.line_indents):
        return None
    m = _ITEM_PREFIX.match(ct.text, ct.line_starts[k])
    return ct.line_indents[k] + m.end() - ct.line_starts[k] if m is not None else None


def end_turns_at_outer_items(ct: CleanText, out: list[Sentence]) -> None:
    """A labelled turn in a list item runs on through its wrapped lines and deeper items, not into an item less
    indented than its own: from there on the sentences are nobody's, up to the next cue."""
    column: int | None = None  # the labelled item's column, while its turn runs
    ended = False
    for st in out:
        if st.cue in (Cue.LABEL, Cue.LABEL_ROSTER):
            column, ended = _item_column(ct, st.start), False
        elif st.cue == Cue.CONTINUATION and column is not None:
            col = _item_column(ct, st.start)
            ended = ended or col is not None and col < column
            if ended:
                st.speaker, st.cue = None, Cue.NARRATION
        elif st.cue != Cue.CONTINUATION:
            column, ended = None, False
