"""Cut speaker turns into passages with langchain's recursive splitter; never across a turn."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from quidit.errors import InputError
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


def _latest(body: str, piece: str, cursor: int, reach: int, overlap: int) -> int:
    """The latest place the splitter's next piece can start: at most `overlap` characters before the
    previous piece's end and no later than the white space after it (so coverage never falls behind)."""
    gap_end = reach
    while gap_end < len(body) and body[gap_end].isspace():
        gap_end += 1
    best, at = -1, body.find(piece, max(cursor, reach - overlap))
    while 0 <= at <= gap_end:
        best, at = at, body.find(piece, at + 1)
    return best if best >= 0 else body.find(piece, cursor)


def _earliest(body: str, piece: str, cursor: int, reach: int, overlap: int) -> int:
    """The first place at or after the splitter's overlap window (langchain's own `add_start_index` rule).

    It never places a piece after its true start: the true start is at least `reach - overlap`
    (the splitter keeps at most `overlap` characters) and after the previous true start, and by
    induction ours are never later than the true ones. So the search always succeeds."""
    return body.find(piece, max(cursor, reach - overlap))


def _place(body: str, pieces: list[str], overlap: int) -> list[int] | None:
    """Start offsets of the pieces in the turn, or None when the rule leads nowhere.

    In ordinary text both rules agree. In long exact repetition ('-' * 8000, a sentence said 128 times)
    several places fit: taking the latest can overshoot the true start until the last piece no longer
    fits, so the turn is placed again with the earliest rule, which cannot fail (see `_earliest`)."""
    for rule in (_latest, _earliest):
        starts, cursor, reach = [], 0, 0
        for piece in pieces:
            at = rule(body, piece, cursor, reach, overlap)
            if at < 0:
                break
            starts.append(at)
            cursor, reach = at + 1, at + len(piece)
        else:
            return starts
    return None


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
        pieces = splitter.split_text(body)
        starts = _place(body, pieces, overlap)
        if starts is None:  # not reachable (see _earliest); a clear error rather than a wrong passage
            raise InputError(f"{source}: could not place the passages of the turn at character {t.start}; "
                             "please report this file")
        for piece, at in zip(pieces, starts):
            start, end = t.start + at, t.start + at + len(piece)
            out.append(Passage(
                id=passage_id(source, piece, seen), source=source, speaker=t.speaker,
                role=p.role if p else None, organization=p.organization if p else None,
                page=ct.page_at(start), start=start, end=end, text=piece,
            ))
    return out
