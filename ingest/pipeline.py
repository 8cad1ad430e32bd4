"""Run cleaning, roster, attribution and chunking for one file or a corpus folder."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quidit.errors import InputError
from quidit.ingest.attribution import attribute
from quidit.ingest.chunking import chunk, turns
from quidit.ingest.cleaning import CleanText, clean
from quidit.ingest.reading import read_transcript
from quidit.ingest.records import Participant, Passage, Sentence
from quidit.ingest.roster import parse_roster


@dataclass
class Transcript:
    source: str
    clean: CleanText
    participants: list[Participant]
    sentences: list[Sentence]
    passages: list[Passage]
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.clean.text

    @property
    def turn_count(self) -> int:
        return sum(1 for t in turns(self.sentences) if t.speaker)


def ingest_text(raw: str, source: str, size: int = 1000, overlap: int = 150, encoding: str = "utf-8") -> Transcript:
    ct = clean(raw)
    roster = parse_roster(ct)
    participants = list(roster.participants)
    sentences = attribute(ct, participants, roster.end)
    passages = chunk(ct, sentences, participants, source, size, overlap)
    warnings = []
    if encoding != "utf-8":
        warnings.append(f"{source}: not UTF-8, decoded as {encoding}")
    if not any(s.speaker for s in sentences):
        warnings.append(f"{source}: attribution found no speaker (no roster, honorific + speech verb, or moderator cue); passages have speaker null")
    return Transcript(source, ct, participants, sentences, passages, encoding, warnings)


def ingest_file(path: Path, size: int = 1000, overlap: int = 150) -> Transcript:
    raw, encoding = read_transcript(path)
    return ingest_text(raw, path.name, size, overlap, encoding)


def corpus_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(f"{folder}: corpus folder not found; pass --corpus DIR with a folder of .txt transcripts")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
    if not files:
        raise InputError(f"{folder}: no .txt transcripts in the corpus folder; add one or pass another --corpus DIR")
    return files


def ingest_corpus(folder: Path, size: int = 1000, overlap: int = 150) -> tuple[list[Transcript], list[str]]:
    """All transcripts that could be read, and one error line per file that could not."""
    done, errors = [], []
    for path in corpus_files(folder):
        try:
            done.append(ingest_file(path, size, overlap))
        except InputError as e:
            errors.append(str(e))
    return done, errors
