"""Cut speaker turns into passages with langchain's recursive splitter; never across a turn."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from quidit.ingest.cleaning import CleanText
from quidit.ingest.records import Participant, Passage, Sentence

SEPARATORS = ["\n\n", "\n", ". ", "? ", "! ", "; ", ": ", ", ", " ", ""]


@dataclass(frozen=True)
class Turn:
    speaker: str | None
    start: int
    end: int


def turns(sentences: list[Sentence]) -> list[Turn]:
    """Maximal runs of sentences with one speaker (None for narration)."""
    out: list[Turn] = []
    for s in sentences:
        if out and out[-1].speaker == s.speaker:
            out[-1] = Turn(s.speaker, out[-1].start, s.end)
        else:
            out.append(Turn(s.speaker, s.start, s.end))
    return out


def passage_id(source: str, text: str, seen: dict[str, int]) -> str:
    """Stable across runs: a hash of the file name and the passage text (plus a repeat count)."""
    h = hashlib.sha1(f"{source}\0{text}".encode()).hexdigest()[:16]
    n = seen.get(h, 0)
    seen[h] = n + 1
    return h if n == 0 else f"{h}-{n}"


def _locate(body: str, piece: str, cursor: int, reach: int, overlap: int) -> int:
    """Where the splitter's next piece starts in the turn.

    It starts at most `overlap` characters before the previous piece's end, and no later than
    the white space after it; with repeated text several places fit, and the latest one is
    taken so that coverage never falls behind. Otherwise: the first occurrence after `cursor`.
    """
    gap_end = reach
    while gap_end < len(body) and body[gap_end].isspace():
        gap_end += 1
    best, at = -1, body.find(piece, max(cursor, reach - overlap))
    while 0 <= at <= gap_end:
        best, at = at, body.find(piece, at + 1)
    return best if best >= 0 else body.find(piece, cursor)


def chunk(ct: CleanText, sentences: list[Sentence], participants: list[Participant], source: str,
          size: int = 1000, overlap: int = 150) -> list[Passage]:
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=size, chunk_overlap=overlap, separators=SEPARATORS, keep_separator="end", strip_whitespace=True)
    by_name = {p.name: p for p in participants}
    seen: dict[str, int] = {}
    out: list[Passage] = []
    for t in turns(sentences):
        body = ct.text[t.start:t.end]
        p = by_name.get(t.speaker) if t.speaker else None
        cursor, reach = 0, 0
        for piece in splitter.split_text(body):
            at = _locate(body, piece, cursor, reach, overlap)
            if at < 0:  # pragma: no cover - the splitter only returns substrings
                raise AssertionError("splitter returned text not in the turn")
            cursor, reach = at + 1, at + len(piece)
            start, end = t.start + at, t.start + at + len(piece)
            out.append(Passage(
                id=passage_id(source, piece, seen), source=source, speaker=t.speaker,
                role=p.role if p else None, organization=p.organization if p else None,
                page=ct.page_at(start), start=start, end=end, text=piece,
            ))
    return out
