"""Lines in another script than the text's: a gloss the publisher added, nobody's words and no end of the turn.

A site that republishes a French, English or Spanish transcript for readers of another language may head parts of
it in that language and script ("公平的问题：大公司的额外分红" between two paragraphs of one answer of a French
interview, an Arabic or Cyrillic subtitle in an English one). The line is short, has no letter of the text's own
Latin script and ends without a sentence stop: a heading for other readers, which neither the speaker says nor
ends their turn (the paragraph under it goes on with the same answer). A text mostly in another script, or a long
line that makes sentences (a speaker's own words quoted in their language), is left as it is.
"""
from __future__ import annotations

import logging

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import FOREIGN_GLOSS_END, FOREIGN_GLOSS_MAX_CHARS, LATIN_SCRIPT_SHARE_MIN

log = logging.getLogger(__name__)


def _latin(c: str) -> bool:
    """A letter of the Latin script (Basic Latin to Latin Extended-B, and Latin Extended Additional)."""
    o = ord(c)
    return o < 0x250 or 0x1E00 <= o < 0x1F00


def mark_foreign_glosses(text: str, units: list[Line]) -> int:
    """Turn each gloss line of a Latin-script text into narration that does not end the turn (an aside); return how
    many there were."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(map(_latin, letters)) < LATIN_SCRIPT_SHARE_MIN * len(letters):
        return 0
    n = 0
    for u in units:
        line = text[u.start:u.end].strip()
        if u.kind not in (LineKind.TEXT, LineKind.HEADING) or not line or len(line) > FOREIGN_GLOSS_MAX_CHARS \
                or "\n" in line or FOREIGN_GLOSS_END.search(line):
            continue
        own = [c for c in line if c.isalpha()]
        if len(own) >= 2 and not any(map(_latin, own)):
            u.kind, u.aside, u.label, u.body = LineKind.NARRATION, True, None, None
            u.plain_heading, u.line_heading = False, False
            n += 1
    if n:
        log.debug("%d foreign-script glosses", n)
    return n
