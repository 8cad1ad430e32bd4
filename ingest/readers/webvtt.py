"""WebVTT (webvtt-py): `<v Name>` voice spans (several per cue), Zoom/Teams "Name: …" cue text, NOTE and
STYLE blocks, cue settings, styling tags and HTML entities."""
from __future__ import annotations

import html
import io
import re

import webvtt

from quidit.errors import InputError
from quidit.ingest.readers.prefixes import split_prefix
from quidit.ingest.readers.timing import carry_speakers, order_warnings
from quidit.ingest.reading import decode
from quidit.ingest.records import TranscriptRecord

# Cue text markup (WebVTT spec §4.2): voice spans open a speaker; every other tag is styling and is dropped.
VOICE_OPEN = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
TAG = re.compile(r"</?(?:v|c|i|b|u|ruby|rt|lang)\b[^>]*>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>")
TIMING_LINE = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\s+-->\s+(?:\d+:)?\d{1,2}:\d{1,2}[.,]\d{1,3}(?:\s|$)")


def _seconds(ts) -> float:
    return round(ts.hours * 3600 + ts.minutes * 60 + ts.seconds + ts.milliseconds / 1000, 3)


def _plain(s: str) -> str:
    return html.unescape(TAG.sub("", s))


def cue_pieces(raw: str) -> list[tuple[str | None, str, bool]]:
    """(label, text, opens_turn) pieces of one cue: voice spans first, else "Name:" prefixes at line starts."""
    if VOICE_OPEN.search(raw):
        pieces = []
        pos = 0
        for m in VOICE_OPEN.finditer(raw):
            before = _plain(raw[pos:m.start()])
            if before.strip():
                pieces.append((None, before, False))
            pos = m.end()
            nxt = VOICE_OPEN.search(raw, pos)
            body = raw[pos:nxt.start() if nxt else len(raw)]
            pieces.append((html.unescape(m.group(1)).strip(), _plain(body), True))
            pos = nxt.start() if nxt else len(raw)
        return pieces
    pieces = []
    for line in _plain(raw).split("\n"):
        label, rest = split_prefix(line.strip())
        pieces.append((label, rest, label is not None))
    return pieces


def read(data: bytes, name: str) -> TranscriptRecord:
    text, encoding = decode(data, name)
    lines = text.splitlines()
    timing = [i for i, line in enumerate(lines, 1) if "-->" in line]
    for n in timing:
        if not TIMING_LINE.match(lines[n - 1]):
            raise InputError(f"{name}: line {n}: malformed cue timing {lines[n - 1].strip()[:60]!r}; write it as 00:01:02.500 --> 00:01:04.000")
    try:
        captions = list(webvtt.from_buffer(io.StringIO(text)))
    except webvtt.errors.MalformedFileError as e:
        raise InputError(f"{name}: not a WebVTT file ({e}); it must start with 'WEBVTT'") from None
    except webvtt.errors.MalformedCaptionError as e:
        raise InputError(f"{name}: malformed cue ({e}); fix that cue's timing line") from None
    if len(captions) != len(timing):
        raise InputError(f"{name}: {len(timing)} timing lines but {len(captions)} readable cues; check the cues after line "
                         f"{timing[len(captions)] if len(captions) < len(timing) else timing[-1]}")
    utterances, cues = [], []
    current = None
    voiced = False
    for n, (c, line_no) in enumerate(zip(captions, timing), 1):
        start, end = _seconds(c.start_time), _seconds(c.end_time)
        where = f"line {line_no} (cue {c.identifier or n})"
        if end < start:
            raise InputError(f"{name}: {where}: cue ends ({end:.3f}s) before it starts ({start:.3f}s); fix its timing line")
        cues.append((where, start, end))
        pieces = cue_pieces(c.raw_text)
        voiced = voiced or any(p[2] for p in pieces if VOICE_OPEN.search(c.raw_text))
        got, current = carry_speakers(pieces, start, end, current)
        utterances.extend(got)
    dialect = "voice-tags" if voiced else "name-prefix" if any(u.speaker_label for u in utterances) else "captions"
    return TranscriptRecord(name, "webvtt", dialect, utterances, encoding=encoding, warnings=order_warnings(name, cues))
