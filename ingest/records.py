"""Small typed records that flow out of ingest."""
from __future__ import annotations

from dataclasses import asdict, dataclass


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

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Sentence:
    start: int
    end: int
    page: int
    speaker: str | None = None


@dataclass
class Passage:
    id: str
    source: str
    speaker: str | None
    role: str | None
    organization: str | None
    page: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Passage":
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__})
