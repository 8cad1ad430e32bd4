"""Plain text and Markdown: the whole file is one unlabelled utterance, cleaned and attributed from its cues."""
from __future__ import annotations

from quidit.ingest.reading import decode
from quidit.ingest.records import TranscriptRecord, Utterance


def read(data: bytes, name: str) -> TranscriptRecord:
    text, encoding = decode(data, name)
    dialect = "markdown" if name.lower().endswith(".md") else None
    return TranscriptRecord(name, "text", dialect, [Utterance(text)], encoding=encoding)
