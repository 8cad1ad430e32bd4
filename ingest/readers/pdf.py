"""PDF (pypdf): text per page with headers, footers and page numbers removed and hyphenation joined.

A PDF whose lines open with "Name:" labels is read as a script (labelled utterances); any other PDF is a
report, handed page by page to the same cleaning and attribution as a .txt file.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter

from quidit.errors import InputError
from quidit.ingest.cleaning import HYPHEN_END, WORD_START, _keeps_hyphen
from quidit.ingest.lexicon import BARE_PAGE_NUMBER, PAGE_NUMBER
from quidit.ingest.readers.prefixes import person_like, split_prefix
from quidit.ingest.records import TranscriptRecord, Utterance

log = logging.getLogger(__name__)


def _pages(data: bytes, name: str) -> list[list[str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd object; we report what matters
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is encrypted (password protected); save an unprotected copy and ingest that")
        pages = [(p.extract_text() or "").replace("\r", "").split("\n") for p in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as e:
        raise InputError(f"{name}: cannot read the PDF ({type(e).__name__}: {str(e)[:80]}); export it again") from None
    except Exception as e:  # pypdf raises its dependency's errors for encryption it cannot handle (e.g. AES without cryptography)
        if "crypt" in type(e).__name__.lower() or "crypt" in str(e).lower():
            raise InputError(f"{name}: the PDF is encrypted and cannot be opened; save an unprotected copy") from None
        raise
    return [[line.rstrip() for line in lines] for lines in pages]


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers (the same line, digits aside, at the top or bottom of several pages) and page numbers."""
    edge = Counter()
    for lines in pages:
        content = [line for line in lines if line.strip()]
        for line in set(content[:2] + content[-2:]):
            edge[_norm(line)] += 1
    repeated = {k for k, n in edge.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2 + 1)}
    out = []
    for lines in pages:
        content = [line for line in lines if line.strip()]
        edges = set(content[:2] + content[-2:])
        kept = [line for line in lines if not (line in edges and _norm(line) in repeated)
                and not PAGE_NUMBER.match(line) and not (line in edges and BARE_PAGE_NUMBER.match(line))]
        out.append(kept)
    return out


def join_lines(lines: list[str], raw: str) -> str:
    """Wrapped lines back into running text; a line-final hyphen is dropped when the joined word is attested."""
    text = ""
    for line in (x.strip() for x in lines):
        if not line:
            continue
        m, w = HYPHEN_END.search(text), WORD_START.match(line)
        if not text:
            text = line
        elif m and w and not _keeps_hyphen(m.group(1), w.group(1), raw):
            text = text[:-1] + line
        elif m and w:
            text += line
        else:
            text += " " + line
    return text


def read(data: bytes, name: str) -> TranscriptRecord:
    pages = strip_furniture(_pages(data, name))
    if not any(line.strip() for lines in pages for line in lines):
        raise InputError(f"{name}: the PDF has no text layer (a scan?); run OCR on it (e.g. ocrmypdf) and ingest the result")
    raw = "\n".join(line for lines in pages for line in lines)
    labels = Counter(lbl for lines in pages for line in lines if (lbl := split_prefix(line.strip())[0]))
    real = {lbl for lbl, n in labels.items() if n >= 2 or person_like(lbl)}
    first = next((line.strip() for lines in pages for line in lines if line.strip()), "")
    if sum(labels[lbl] for lbl in real) >= 2 or split_prefix(first)[0] in real:
        utts: list[Utterance] = []
        buf: list[str] = []
        current, page = None, 1

        def flush() -> None:
            text = join_lines(buf, raw)
            if text:
                utts.append(Utterance(text, current, None, None, page))
            buf.clear()

        for n, lines in enumerate(pages, 1):
            for line in lines:
                label, rest = split_prefix(line.strip())
                if label in real:
                    flush()
                    current, page = label, n
                    line = rest
                elif not buf:
                    page = n
                buf.append(line)
        flush()
        return TranscriptRecord(name, "pdf", "name-colon", utts)
    pages = dehyphenate(pages, raw)
    utts = [Utterance("\n".join(lines), None, None, None, n) for n, lines in enumerate(pages, 1) if any(x.strip() for x in lines)]
    return TranscriptRecord(name, "pdf", "report", utts)


def dehyphenate(pages: list[list[str]], raw: str) -> list[list[str]]:
    """Join "fi-" + "nancement" across lines (and pages) when the whole document attests "financement", as the
    cleaning does within one text; the word moves to the line (page) where it started."""
    flat = [(n, line) for n, lines in enumerate(pages) for line in lines if line.strip()]
    out: list[list[str]] = [[] for _ in pages]
    for i, (n, line) in enumerate(flat):
        line = line.strip()
        nxt = flat[i + 1][1].strip() if i + 1 < len(flat) else ""
        m, w = HYPHEN_END.search(line), WORD_START.match(nxt)
        if m and w and not _keeps_hyphen(m.group(1), w.group(1), raw):
            rest = nxt[w.end():]
            line = line[:-1] + w.group(1)
            flat[i + 1] = (flat[i + 1][0], rest.lstrip() or "")
            if not flat[i + 1][1]:
                flat[i + 1] = (flat[i + 1][0], " ")
        out[n].append(line)
    return [[x for x in lines if x.strip()] for lines in out]
