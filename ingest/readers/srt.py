"""SRT (library `srt`): speaker prefixes "Name:", "[Name]", "- Name:", ">> Name:" (also on a line of their own,
and partway through a cue); cues without a prefix continue the previous speaker."""
from __future__ import annotations

import html
import re

import srt

from quidit.errors import InputError
from quidit.ingest.readers.prefixes import CHEVRON_ONLY, split_prefix
from quidit.ingest.readers.timing import carry_speakers, order_warnings
from quidit.ingest.reading import decode
from quidit.ingest.records import TranscriptRecord

TIMING_LINE = re.compile(r"^\s*\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}\s+-->\s+\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}(?:\s|$)")
TAG = re.compile(r"</?(?:i|b|u|font)\b[^>]*>|\{\\[^}]*\}")  # the HTML-ish tags and ASS overrides players accept


def cue_pieces(content: str) -> list[tuple[str | None, str, bool]]:
    pieces = []
    for line in html.unescape(TAG.sub("", content)).split("\n"):
        line = line.strip()
        label, rest = split_prefix(line)
        if label is None and CHEVRON_ONLY.match(line):
            pieces.append((None, CHEVRON_ONLY.sub("", line), True))  # ">>" alone: someone else, unnamed
            continue
        pieces.append((label, rest, label is not None))
    return pieces


def read(data: bytes, name: str) -> TranscriptRecord:
    text, encoding = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    timing = [i for i, line in enumerate(lines, 1) if "-->" in line]
    for n in timing:
        if not TIMING_LINE.match(lines[n - 1]):
            raise InputError(f"{name}: line {n}: malformed cue timing {lines[n - 1].strip()[:60]!r}; write it as 00:01:02,500 --> 00:01:04,000")
    try:
        subs = list(srt.parse(text))
    except srt.SRTParseError as e:
        raise InputError(f"{name}: not SRT from character {e.expected_start} ({e}); each cue needs an index line, a timing line and text") from None
    if len(subs) != len(timing):
        # a cue whose index line is missing or not a number is swallowed by the previous one
        at = next((timing[i] for i, s in enumerate(subs) if "-->" in s.content), timing[-1] if timing else 1)
        raise InputError(f"{name}: line {at}: cue without a numeric index line before its timing; number every cue (1, 2, 3 …)")
    utterances, cues = [], []
    current = None
    for n, (s, line_no) in enumerate(zip(subs, timing), 1):
        if s.index is None:
            raise InputError(f"{name}: line {line_no}: cue {n} has no index line; number every cue (1, 2, 3 …)")
        start, end = round(s.start.total_seconds(), 3), round(s.end.total_seconds(), 3)
        where = f"line {line_no} (cue {s.index})"
        if end < start:
            raise InputError(f"{name}: {where}: cue ends ({end:.3f}s) before it starts ({start:.3f}s); fix its timing line")
        cues.append((where, start, end))
        got, current = carry_speakers(cue_pieces(s.content), start, end, current)
        utterances.extend(got)
    dialect = "name-prefix" if any(u.speaker_label for u in utterances) else "captions"
    return TranscriptRecord(name, "srt", dialect, utterances, encoding=encoding, warnings=order_warnings(name, cues))
