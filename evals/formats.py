"""Transcript formats: speaker attribution per format against each sample's own speaker turns, and times.

For every sample under evals/data/formats with an expected-turns file (real/<file>.expected.jsonl; converted/
<name>.expected.jsonl covers every converted format), the file is ingested as `quidit ingest` would and:

- attribution = share of the characters of each expected turn whose sentence carries that turn's speaker
  (expected labels are turned into names the same way labels in the file are; a diarization id with no
  sidecar, such as AssemblyAI's "A", is matched one-to-one to the expected speaker it overlaps most, as
  diarization is scored);
- turns = expected turns whose first words are found and whose speaker is right at that point;
- times = timed passages whose text lies inside one speaker turn and whose start_s/end_s lie inside that turn's
  times. A speaker turn (consecutive expected turns of one speaker) runs from its start_s to its end_s, or to
  the next turn's start_s when the file lists no end; DOCX exports write whole seconds, so they get one second
  of slack.

    python -m quidit.evals.formats [--data DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from quidit.evals.gold import EVALS_DATA, norm
from quidit.ingest.pipeline import Transcript, ingest_file
from quidit.ingest.readers import SUFFIXES
from quidit.ingest.speaker_labels import SpeakerBook, unnamed

FORMATS_DATA = EVALS_DATA / "formats"
TARGET = 0.95
SLACK = {"docx": 1.0}  # seconds of slack for sources that write times rounded to the second


@dataclass
class Turn:
    speaker: str
    first_words: str
    start_s: float
    end_s: float | None
    offset: int | None = None  # where its first words are in the transcript text


@dataclass
class FileScore:
    file: str
    reader: str
    dialect: str | None
    chars: int
    chars_right: int
    turns: int
    turns_found: int
    turns_right: int
    timed: int
    timed_inside: int
    problems: list[str] = field(default_factory=list)

    @property
    def attribution(self) -> float:
        return self.chars_right / self.chars if self.chars else 0.0


def expected_for(path: Path) -> Path | None:
    own = path.with_name(path.name + ".expected.jsonl")
    if own.is_file():
        return own
    shared = path.with_name(path.name.split(".")[0] + ".expected.jsonl")
    return shared if shared.is_file() and path.parent.name == "converted" else None


def samples(data: Path = FORMATS_DATA) -> list[tuple[Path, Path]]:
    out = []
    for p in sorted(data.rglob("*")):
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.endswith((".expected.jsonl", ".source.txt")):
            exp = expected_for(p)
            if exp is not None:
                out.append((p, exp))
    return out


def _words(text: str) -> list[tuple[int, str]]:
    """(offset, normalised word) for every word of the text; "c-squared," gives two words at one offset."""
    return [(m.start(), w) for m in re.finditer(r"\S+", text) for w in norm(m.group()).split()]


def locate(text: str, turns: list[Turn]) -> None:
    words = _words(text)
    seq = [w for _, w in words]
    cursor = 0
    for t in turns:
        probe = [w for w in norm(t.first_words).split()][:6]
        if not probe:
            continue
        for i in range(cursor, len(seq) - len(probe) + 1):
            if seq[i:i + len(probe)] == probe:
                t.offset, cursor = words[i][0], i + 1
                break


def _mapping(tr: Transcript, turns: list[Turn], book: SpeakerBook) -> dict[str | None, str]:
    """Predicted speaker -> expected speaker name: the same name, or for diarization ids without a name the
    expected speaker it overlaps most (one-to-one)."""
    names = {book.resolve(t.speaker).name for t in turns}
    overlap: Counter = Counter()
    found = [t for t in turns if t.offset is not None]
    for i, t in enumerate(found):
        end = found[i + 1].offset if i + 1 < len(found) else len(tr.text)
        for s in tr.sentences:
            if s.start < end and s.end > t.offset:
                overlap[(s.speaker, book.resolve(t.speaker).name)] += min(s.end, end) - max(s.start, t.offset)
    ids = {p.name: lbl for p in tr.participants for lbl in p.labels if unnamed(lbl) and p.name not in names}
    out: dict[str | None, str] = {n: n for n in names}
    taken: set[str] = set()
    for (pred, exp), _ in overlap.most_common():
        if pred in ids and pred not in out and exp not in taken:
            out[pred] = exp
            taken.add(exp)
    return out


def score_file(path: Path, expected: Path) -> FileScore:
    tr = ingest_file(path)
    rows = [json.loads(line) for line in expected.read_text(encoding="utf-8").splitlines() if line.strip()]
    turns = [Turn(str(r["speaker"]), r["first_words"], float(r["start_s"]), r.get("end_s")) for r in rows]
    for i, t in enumerate(turns):
        if t.end_s is None:
            t.end_s = turns[i + 1].start_s if i + 1 < len(turns) else float("inf")
    locate(tr.text, turns)
    book = SpeakerBook()
    mapping = _mapping(tr, turns, book)
    score = FileScore(path.name, tr.reader, tr.dialect, 0, 0, len(turns), 0, 0, 0, 0)
    found = [t for t in turns if t.offset is not None]
    score.turns_found = len(found)
    for t in turns:
        if t.offset is None:
            score.problems.append(f"turn not found: {t.speaker}: {t.first_words!r}")
    spans = []  # (start offset, end offset, turn)
    for i, t in enumerate(found):
        end = found[i + 1].offset if i + 1 < len(found) else len(tr.text)
        spans.append((t.offset, end, t))
        want = book.resolve(t.speaker).name
        first = next((s for s in tr.sentences if s.end > t.offset), None)
        if first is not None and mapping.get(first.speaker) == want:
            score.turns_right += 1
        for s in tr.sentences:
            if s.start < end and s.end > t.offset:
                n = min(s.end, end) - max(s.start, t.offset)
                score.chars += n
                score.chars_right += n if mapping.get(s.speaker) == want else 0
    slack = SLACK.get(tr.reader, 0.001)
    merged: list[tuple[int, int, Turn]] = []  # consecutive turns of one speaker ("MAN:" twice) are one speaker turn
    for a, b, t in spans:
        if merged and book.resolve(merged[-1][2].speaker).name == book.resolve(t.speaker).name:
            first = merged[-1][2]
            merged[-1] = (merged[-1][0], b, Turn(first.speaker, first.first_words, first.start_s, t.end_s, first.offset))
        else:
            merged.append((a, b, t))
    spans = merged
    for p in tr.passages:
        if p.start_s is None:
            continue
        where = next(((a, b, t) for a, b, t in spans if a <= p.start < b), None)
        if where is None:
            continue  # before the first expected turn (e.g. a "( clock ticking )" cue)
        a, b, turn = where
        score.timed += 1
        ok = (turn.start_s - slack <= p.start_s and (p.end_s is None or p.end_s <= turn.end_s + slack)
              and p.end <= b)  # and its text does not run into the next speaker's turn
        score.timed_inside += ok
        if not ok:
            score.problems.append(f"passage {p.start_s}–{p.end_s}s outside turn {turn.speaker} {turn.start_s}–{turn.end_s}s")
    return score


@dataclass
class FormatRow:
    reader: str
    files: int
    turns: int
    turns_right: int
    attribution: float
    timed: int
    timed_inside: int


def by_format(scores: list[FileScore]) -> list[FormatRow]:
    groups: dict[str, list[FileScore]] = defaultdict(list)
    for s in scores:
        groups[s.reader].append(s)
    rows = []
    for reader, ss in sorted(groups.items()):
        chars = sum(s.chars for s in ss)
        rows.append(FormatRow(reader, len(ss), sum(s.turns for s in ss), sum(s.turns_right for s in ss),
                              sum(s.chars_right for s in ss) / chars if chars else 0.0,
                              sum(s.timed for s in ss), sum(s.timed_inside for s in ss)))
    return rows


def table(scores: list[FileScore]) -> str:
    lines = ["| format | files | turns right | attribution | timed passages inside their turn |", "|---|---|---|---|---|"]
    for r in by_format(scores):
        timed = f"{r.timed_inside}/{r.timed}" if r.timed else "n/a (no times)"
        lines.append(f"| {r.reader} | {r.files} | {r.turns_right}/{r.turns} | {r.attribution:.3f} | {timed} |")
    lines += ["", "| file | reader (dialect) | turns right | attribution | timed inside |", "|---|---|---|---|---|"]
    for s in scores:
        lines.append(f"| {s.file} | {s.reader} ({s.dialect}) | {s.turns_right}/{s.turns} | {s.attribution:.3f} | {s.timed_inside}/{s.timed} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m quidit.evals.formats", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=FORMATS_DATA, help="folder with real/ and converted/ samples")
    ap.add_argument("--json", action="store_true", help="one JSON object per file")
    args = ap.parse_args(argv)
    scores = [score_file(p, e) for p, e in samples(args.data)]
    if args.json:
        for s in scores:
            sys.stdout.write(json.dumps(asdict(s) | {"attribution": s.attribution}) + "\n")
    else:
        sys.stdout.write(table(scores) + "\n")
        for s in scores:
            for line in s.problems[:5]:
                sys.stdout.write(f"  {s.file}: {line}\n")
    low = [r.reader for r in by_format(scores) if r.attribution < TARGET or r.timed_inside < r.timed]
    if low:
        sys.stderr.write(f"below target ({TARGET} attribution, every timed passage inside its turn): {', '.join(low)}\n")
    return 1 if low else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
