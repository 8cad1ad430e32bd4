"""Endnotes after a record: the editor's numbered notes, nobody's words.

An edited record (a historical series' memorandum, a Hansard or a report exported from its PDF) marks its notes in the
text ("…on April 11.[2]", "presentation,[4]") and prints them at its end, a paragraph each, opened by the note's number
("1 Source: Eisenhower Library…", "7 General Thomas D. White, Chief of Staff, USAF.", "9 In a memorandum to Secretary
Wilson, Cutler noted that…"). Those paragraphs are the editor's, whoever they name: the last speaker does not go on in
them, and a name with a speech verb in them ("Cutler noted that…") is a source cited, not a turn; a paragraph of
the note that quotes a document ("“At the same time he instructed me…”") keeps the speaker attribution gave it. Only a run of
paragraphs to the text's end numbered 1, 2, 3… (at least `ENDNOTES_MIN`), whose numbers the text marks in brackets
before the run, counts: a numbered list of the minutes' own ("1 Approve the budget") has no such marks.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import ENDNOTE_MARK, ENDNOTE_PARAGRAPH, ENDNOTES_MIN, QUOTE_OPEN
from quidit.ingest.records import Cue, Sentence


def endnotes_start(text: str) -> int | None:
    """Where the run of endnotes starts, or None when the text ends with none."""
    if ENDNOTE_MARK.search(text) is None:
        return None  # (most texts: no note marked, no paragraph to read)
    paragraphs = [m for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text)]  # blocks between blank lines
    want, start, count = None, None, 0
    for m in reversed(paragraphs):
        note = ENDNOTE_PARAGRAPH.match(m.group(0))
        if note is None or (want is not None and int(note.group(1)) != want - 1):
            break
        want, start, count = int(note.group(1)), m.start(), count + 1
    if start is None or want != 1:
        return None
    marked = {int(n) for n in ENDNOTE_MARK.findall(text, 0, start)}
    if count < ENDNOTES_MIN or len(marked & set(range(1, count + 1))) < ENDNOTES_MIN:
        return None
    return start


def endnotes(text: str, sentences: list[Sentence]) -> int:
    """Make the endnotes' sentences nobody's; return how many changed."""
    start = endnotes_start(text)
    if start is None:
        return 0
    changed = 0
    for st in sentences:
        if st.start < start or QUOTE_OPEN.match(text, st.start):
            continue  # (a note quoting a document, "“At the same time he instructed me…”": its writer's words, as read)
        if st.speaker is not None or st.cue != Cue.NARRATION:
            st.speaker, st.cue = None, Cue.NARRATION
            changed += 1
    return changed
