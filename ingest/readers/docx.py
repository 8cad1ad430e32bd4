"""DOCX (python-docx). Three shapes, told apart by the paragraphs:

- Teams / Otter / Zoom exports: a paragraph "Name   0:01:23" or "Name  (00:01:23)" (the speaker and when the
  turn starts), then the turn's text in the following paragraphs;
- scripts: "Name: text" paragraphs (a paragraph without a prefix continues the previous speaker);
- anything else (a report): the paragraphs go to the text attribution like a .txt file.
"""
from __future__ import annotations

import io
import re
import zipfile

from quidit.errors import InputError
from quidit.ingest.readers.prefixes import person_like, split_prefix
from quidit.ingest.records import TranscriptRecord, Utterance

# "Jane Roe   0:01:23", "Jane Roe  (00:01:23)", "Jane Roe 1:02:03 PM"? no: times of day are not offsets.
HEADER = re.compile(r"^(?P<name>\S.{0,80}?)\s*(?:\s|\()\(?(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\)?\s*$")


def seconds(t: str) -> float:
    parts = [float(x.replace(",", ".")) for x in t.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    return round(parts[0] * 3600 + parts[1] * 60 + parts[2], 3)


def paragraphs(data: bytes, name: str) -> list[str]:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(f"{name}: not a readable .docx ({e}); save it again from Word as .docx") from None
    paras = [p.text for p in document.paragraphs]
    for table in document.tables:  # some exports put the transcript in a table: one row per turn
        for row in table.rows:
            cells = []
            for c in row.cells:
                if c.text not in cells:
                    cells.append(c.text)
            paras.append("   ".join(cells))
    paras = [p.strip() for p in paras if p.strip()]
    if not paras:
        raise InputError(f"{name}: the document has no text (field: paragraphs); export the transcript with its text")
    return paras


def labelled(paras: list[str]) -> tuple[str, list[Utterance]] | None:
    """Utterances when the paragraphs follow an export or script convention, else None (a report)."""
    headers = [HEADER.match(p) for p in paras]
    if sum(1 for p, m in zip(paras, headers) if m and not split_prefix(p)[0]) >= 2 or (headers[0] and len(paras) > 1):
        out: list[Utterance] = []
        current, start = None, None
        for p, m in zip(paras, headers):
            if m:
                current, start = m.group("name").strip(), seconds(m.group("t"))
                continue
            out.append(Utterance(p, current, start, None))
        return "teams-otter-zoom", out
    prefixed = [split_prefix(p)[0] for p in paras]
    counts: dict[str, int] = {}
    for label in prefixed:
        if label:
            counts[label] = counts.get(label, 0) + 1
    real = {label for label, n in counts.items() if n >= 2 or person_like(label)}
    if sum(counts[label] for label in real) >= 2 or (prefixed[0] in real and prefixed[0] is not None):
        out, current = [], None
        for p, label in zip(paras, prefixed):
            if label in real:
                current, p = label, split_prefix(p)[1]
            if p.strip():
                out.append(Utterance(p.strip(), current))
        return "name-colon", out
    return None


def read(data: bytes, name: str) -> TranscriptRecord:
    paras = paragraphs(data, name)
    found = labelled(paras)
    if found:
        return TranscriptRecord(name, "docx", found[0], found[1])
    return TranscriptRecord(name, "docx", "report", [Utterance("\n\n".join(paras))])
