"""Small typed records that flow out of ingest."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class Cue(str, Enum):
    """What decided a sentence's speaker (shown by `quidit passages --explain`)."""
    LABEL = "label"  # a speaker label or a section heading per speaker
    LABEL_ROSTER = "label_roster"  # a speaker label resolved to a person of the participants or attendance list,
    # whose listed name is fuller than the label ("nell:" -> Nell Waliczek, "mnot:" -> Mark Nottingham)
    SPEECH_VERB = "speech_verb"  # a person in subject position before a speech verb, or "Selon X,"
    HANDOVER = "handover"  # "donne la parole à X"
    ROLE_WORD = "role_word"  # "Monsieur le maire ouvre…", resolved to the person when the text ties them
    PASSIVE = "passive"  # "Por el Sr. Alcalde se explica…", "Interviene Dª X"
    ANAPHORA = "anaphora"  # "Cette dernière indique…": the last-mentioned person of that gender
    QUOTE = "quote"  # a quoted paragraph right after a line of narration that names who says it; a pasted letter
    # or an annexed text whose writer it signs or the narration names
    PRESIDING = "presiding"  # minutes: words in the first person, nobody named, said by who presides (mayor, chair)
    CONTINUATION = "continuation"  # no cue: the current speaker goes on
    ROSTER = "roster"  # participants list / attendance: not speech
    NARRATION = "narration"  # heading, agenda item, vote, proxy, signature, group subject: nobody speaks
    NONE = "none"  # no cue at all and no current speaker


@dataclass
class Participant:
    name: str
    role: str | None = None
    organization: str | None = None
    place: str | None = None
    session_role: str | None = None  # chair | speaker | moderator | audience
    represents: str | None = None
    gender: str | None = None  # "m" | "f", learned from honorifics in the text
    in_roster: bool = True
    honorific: str | None = None  # "Mr.", "Hon.": kept for display, never part of the identity
    labels: list[str] = field(default_factory=list)  # speaker labels of a machine transcript that mean this person

    def to_dict(self) -> dict:
        return asdict(self)


def present(participants: list[Participant]) -> list[Participant]:
    """The participants who may speak: everyone but those the attendance list gives as absent."""
    return [p for p in participants if p.session_role != "absent"]


@dataclass
class Sentence:
    start: int
    end: int
    page: int
    speaker: str | None = None
    cue: Cue = Cue.NONE


@dataclass
class Passage:
    id: str
    source: str
    speaker: str | None
    role: str | None
    organization: str | None
    page: int | None  # None for sources without pages (subtitles, speech-to-text JSON)
    start: int
    end: int
    text: str
    start_s: float | None = None  # seconds into the recording; None when the source has no timing
    end_s: float | None = None
    cue_times: list[list[float]] | None = None  # [offset in text, start_s] of each cue the passage holds, to cite a quote's time
    genre: str | None = None  # the document's genre (ingest.genre.Genre value): tells answers whether quotes are verbatim

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Passage":
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__})

    def time_of(self, quote: str | None) -> float | None:
        """When a quote from this passage was said: the start of the cue it begins in (else the passage's start)."""
        at = self.text.find(quote) if quote and self.cue_times else -1
        if at < 0:
            return self.start_s
        return max((t for off, t in self.cue_times if off <= at), default=self.start_s)

    def where(self, quote: str | None = None) -> str:
        """Where to find it again: "00:12:34" for timed sources (the quote's cue when given), "p. 12" for paged ones."""
        if self.start_s is not None:
            return clock(self.time_of(quote))
        return f"p. {self.page}" if self.page is not None else ""

    def time_range(self) -> str:
        """"00:12:34–00:13:02" for timed passages, "" otherwise."""
        if self.start_s is None:
            return ""
        return clock(self.start_s) + (f"–{clock(self.end_s)}" if self.end_s is not None and self.end_s > self.start_s else "")


def clock(seconds: float) -> str:
    """00:12:34 (hours always shown, as meeting tools write it)."""
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def cite(p: Passage, quote: str | None = None) -> str:
    """One citation line: "Jane Roe — meeting.vtt, 00:12:34" (when the quote was said) / "narration — report.txt, p. 12"."""
    where = p.where(quote)
    return f"{p.speaker or 'narration'} — {p.source}" + (f", {where}" if where else "")


@dataclass
class Utterance:
    """One stretch of a source with at most one speaker label, as a reader found it."""

    text: str
    speaker_label: str | None = None
    start_s: float | None = None
    end_s: float | None = None
    page: int | None = None


@dataclass
class TranscriptRecord:
    """What every reader returns, whatever the format: utterances in source order plus named participants."""

    source: str
    reader: str  # text | webvtt | srt | stt_json | docx | pdf
    dialect: str | None
    utterances: list[Utterance]
    participants: list[Participant] = field(default_factory=list)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> bool:
        return any(u.speaker_label for u in self.utterances)

    @property
    def timed(self) -> bool:
        return any(u.start_s is not None for u in self.utterances)
