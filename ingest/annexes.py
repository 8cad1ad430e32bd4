"""Texts annexed to minutes under their own title, whose writer the minutes name ("procedió a leer un texto que elaboró
el Sr. Salomón Reyes, …, que se titula Panorama del estado que guardan…", and after the minutes a heading line
"PANORAMA DEL ESTADO QUE GUARDAN LAS PRODUCCIONES…" over the text): the text is its writer's, as a pasted letter is.

It runs from under its heading to the next document (a pasted letter, a memo's header field such as "ASUNTO:",
another annexed title) or the text's end. Only sentences no cue gave a speaker, or that merely continue the last
speaker of the minutes, become the writer's; the heading stays nobody's. Only in minutes and reports (the pipeline
asks): in a transcript a text read out is the reader's words.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from quidit.ingest.letters import letter_starts
from quidit.ingest.lexicon import (
    ANNEX_AUTHORED,
    ANNEX_HEADING_WORDS,
    ANNEX_TITLE_WORDS,
    DOCUMENT_HEADER_FIELD,
    END_OF_SENTENCE,
    fold,
)
from quidit.ingest.names import named_person
from quidit.ingest.records import Cue, Participant, Sentence

log = logging.getLogger(__name__)


@dataclass
class Annex:
    heading_end: int  # the text starts under its heading line
    end: int
    writer: str


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", fold(s))


def _heading(text: str, title: list[str], after: int) -> tuple[int, int] | None:
    """The first line after `after` that is the title's heading: a line of its own, short, without a sentence's stop,
    whose first ANNEX_TITLE_WORDS words are the title's (any case, any accents)."""
    for m in re.finditer(r"[^\n]+", text[after:]):
        line = m.group(0).strip()
        words = _words(line)
        if ANNEX_TITLE_WORDS <= len(words) <= ANNEX_HEADING_WORDS and not END_OF_SENTENCE.search(line) \
                and words[:ANNEX_TITLE_WORDS] == title[:ANNEX_TITLE_WORDS]:
            return after + m.start(), after + m.end()
    return None


def annexes(text: str) -> list[Annex]:
    """The annexed texts whose writer and title the narration gives, each with where it ends."""
    found: list[tuple[int, int, str]] = []
    for m in ANNEX_AUTHORED.finditer(text):
        title = _words(m.group("title"))
        if len(title) < ANNEX_TITLE_WORDS:
            continue
        head = _heading(text, title, m.end())
        if head is not None and all(h != head[0] for h, _, _ in found):
            found.append((head[0], head[1], m.group("name")))
    if not found:
        return []
    found.sort()
    others = sorted([h for h, _, _ in found]
                    + letter_starts(text)
                    + [m.start() for m in re.finditer(r"(?m)^", text) if DOCUMENT_HEADER_FIELD.match(text, m.start())])
    out = []
    for start, heading_end, writer in found:
        end = next((x for x in others if x > start), len(text))
        out.append(Annex(heading_end, end, writer))
    return out


def annexed_texts(text: str, sentences: list[Sentence], participants: list[Participant]) -> int:
    """Give each annexed text's uncued sentences to the writer the narration names; how many sentences changed."""
    changed = 0
    for a in annexes(text):
        writer = named_person(a.writer, participants).name
        for st in sentences:
            inside = a.heading_end <= st.start and st.end <= a.end
            if inside and (st.speaker is None and st.cue == Cue.NONE or st.cue == Cue.CONTINUATION and st.speaker != writer):
                st.speaker, st.cue = writer, Cue.QUOTE
                changed += 1
        log.debug("annexed text under %d..%d: %s", a.heading_end, a.end, writer)
    return changed
