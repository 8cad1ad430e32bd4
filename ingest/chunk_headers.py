"""Chunk and segment headers of machine transcripts: layout, never a speaker, and no end of the turn.

A speech-to-text pipeline that transcribes a long recording piece by piece (Whisper with pyannote, WhisperX, a
tool's own chunking) writes a header over each piece: "Timestamp : [0.0, 442.88] / ['SPEAKER_03', …]:",
"[00:01:02 --> 00:01:30]", "Segment 3". The pieces are cut by length, not by speaker, so a header may fall inside a
turn: the words under it are still the last label's until the next label (`lexicon.CHUNK_HEADER`).
"""
from __future__ import annotations

import logging

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import CHUNK_HEADER

log = logging.getLogger(__name__)


def mark_chunk_headers(text: str, units: list[Line]) -> int:
    """Turn each header line into narration that does not end the turn (an aside); return how many there were."""
    n = 0
    for u in units:
        line = text[u.start:u.end]
        if "\n" not in line and CHUNK_HEADER.match(line) is not None:
            u.kind, u.aside, u.label, u.body = LineKind.NARRATION, True, None, None
            u.plain_heading, u.line_heading, u.own_paragraph = False, False, False
            n += 1
    if n:
        log.debug("%d chunk headers", n)
    return n
