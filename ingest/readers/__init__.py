"""Readers: one module per format; each returns a `TranscriptRecord` (utterances + participants).

`read(path)` picks the reader from the content (the extension is only a hint) and refuses files
over 100 MB; `SUFFIXES` are the file names a corpus folder is scanned for.
"""
from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

from quidit.errors import InputError
from quidit.ingest.records import TranscriptRecord

MAX_BYTES = 100 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".vtt", ".srt", ".json", ".docx", ".pdf")


class Reader(StrEnum):
    TEXT = "text"
    WEBVTT = "webvtt"
    SRT = "srt"
    STT_JSON = "stt_json"
    DOCX = "docx"
    PDF = "pdf"


_HINT = {".vtt": Reader.WEBVTT, ".srt": Reader.SRT, ".json": Reader.STT_JSON, ".docx": Reader.DOCX, ".pdf": Reader.PDF,
         ".txt": Reader.TEXT, ".md": Reader.TEXT}


def sniff(data: bytes, name: str) -> Reader:
    """The reader for these bytes: magic numbers and first lines first, the file extension only to break ties."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if data[:5] == b"%PDF-":
        return Reader.PDF
    if data[:4] == b"PK\x03\x04":
        return Reader.DOCX  # a zip; the DOCX reader says so when it is another kind of zip
    if head.startswith(b"WEBVTT"):
        return Reader.WEBVTT
    if head[:1] in (b"{", b"["):
        try:
            json.loads(data.decode("utf-8-sig"))
            return Reader.STT_JSON
        except (UnicodeDecodeError, json.JSONDecodeError):
            pass
    lines = head.decode("utf-8", "replace").splitlines()
    if len(lines) >= 2 and lines[0].strip().isdigit() and "-->" in lines[1]:
        return Reader.SRT
    hint = _HINT.get(Path(name).suffix.lower(), Reader.TEXT)
    if hint is Reader.STT_JSON and head[:1] in (b"{", b"["):
        return Reader.STT_JSON  # let the JSON reader name the syntax error
    if hint is Reader.SRT and b"-->" in head:
        return Reader.SRT  # an SRT whose first index is missing: the SRT reader names the cue
    return Reader.TEXT


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path.name}: {size / 2**20:.1f} MB is over the 100 MB limit; split the transcript or remove it from the corpus folder")
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror}); check the path and permissions") from None


def read_record(data: bytes, name: str, reader: Reader | None = None) -> TranscriptRecord:
    reader = reader or sniff(data, name)
    if reader is Reader.WEBVTT:
        from quidit.ingest.readers.webvtt import read
    elif reader is Reader.SRT:
        from quidit.ingest.readers.srt import read
    elif reader is Reader.STT_JSON:
        from quidit.ingest.readers.stt_json import read
    elif reader is Reader.DOCX:
        from quidit.ingest.readers.docx import read
    elif reader is Reader.PDF:
        from quidit.ingest.readers.pdf import read
    else:
        from quidit.ingest.readers.text import read
    return read(data, name)


def read(path: Path) -> TranscriptRecord:
    return read_record(read_bytes(path), path.name)
