"""Speaker labels of machine transcripts, turned into people.

"The Chair (Hon. Jane Roe (Riverside–Hills, Lib.))" is Jane Roe, role Chair, affiliation "Riverside–Hills, Lib.";
a later "The Chair" is the same person; "Mr. John Doe (Lakeside, CPC)", "Mr. John Doe" and "Mr. Doe" are one
person. Honorifics and titles are kept for display (`Participant.honorific`), never for identity.
Diarization ids ("SPEAKER_00", "A", Deepgram's 0) are `unnamed` until a sidecar names them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quidit.ingest.lexicon import DEFINITE_ARTICLE, DIARIZATION_ID, LABEL_TITLES, Role, fold, role_of
from quidit.ingest.records import Participant

_PAREN = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<inner>.*)\)\s*$")


@dataclass(frozen=True)
class ParsedLabel:
    label: str
    name: str | None  # the person's name without titles; None for a bare role ("The Chair")
    honorific: str | None  # titles written before the name ("Hon.", "Mr.")
    role: str | None  # "Chair"
    affiliation: str | None  # "Riverside–Hills, Lib."


def _role(text: str) -> str | None:
    """"Chair" for "The Chair": the label's own words, when the lexicon says they name a role."""
    if role_of(text) is None:
        return None
    return re.sub(rf"^{DEFINITE_ARTICLE}\s*", "", text.strip(), flags=re.I).strip()


def _split_titles(text: str) -> tuple[str | None, str]:
    """("Hon.", "Jane Roe") from "Hon. Jane Roe"; a title is never the last word (then it is the name: "Mr. Speaker")."""
    words = text.split()
    i = 0
    while i < len(words) - 1 and fold(words[i]).rstrip(".") in LABEL_TITLES:
        i += 1
    return (" ".join(words[:i]) or None), " ".join(words[i:])


def _person(text: str) -> tuple[str | None, str | None, str | None]:
    """(honorific, name, affiliation) of "Mr. John Doe (Lakeside, CPC)"."""
    aff = None
    m = _PAREN.match(text)
    if m and m.group("head").strip():
        text, aff = m.group("head"), m.group("inner").strip() or None
        if aff and aff == aff.lower():
            aff = None  # a stage direction ("WOMAN ( gasping )"), not an affiliation
    hon, name = _split_titles(text.strip())
    return hon, name or None, aff


def _title_role(honorific: str | None) -> str | None:
    """"Chairman" in "Chairman INOUYE" is a role as well as a title."""
    words = (honorific or "").replace(".", "").split()
    return next((w for w in reversed(words) if role_of(w) is not None), None)


def parse_label(label: str) -> ParsedLabel:
    label = re.sub(r"\s+", " ", label).strip().rstrip(":").strip()
    m = _PAREN.match(label)
    if m and _role(m.group("head")):  # "The Chair (Hon. Jane Roe (Riverside–Hills, Lib.))"
        hon, name, aff = _person(m.group("inner"))
        return ParsedLabel(label, name, hon, _role(m.group("head")), aff)
    role = _role(label)
    if role:
        return ParsedLabel(label, None, None, role, None)
    hon, name, aff = _person(label)
    return ParsedLabel(label, name, hon, _title_role(hon), aff)


def identity(name: str) -> str:
    """What makes two labels one person: the folded name, without titles, dots or case."""
    return " ".join(fold(_split_titles(name)[1]).replace(".", " ").split())


def unnamed(label: str) -> bool:
    """A diarization id, not a name: SPEAKER_00, spk_1, A, 0."""
    return bool(DIARIZATION_ID.match(label.strip()))


def display_id(label: str) -> str:
    """"Speaker A" / "Speaker 0" for one-letter or numeric ids; other ids as written."""
    label = label.strip()
    return f"Speaker {label}" if re.fullmatch(r"[A-Z]|\d{1,3}", label) else label


def _session_role(role: str | None) -> str | None:
    r = role_of(role) if role else None
    return r.value if isinstance(r, Role) else None


class SpeakerBook:
    """The people of one transcript, built label by label; the same person always gets the same Participant."""

    def __init__(self, names: dict[str, str] | None = None):
        self.names = names or {}  # diarization id -> real name (the sidecar)
        self.people: list[Participant] = []
        self._by_label: dict[str, Participant] = {}
        self._by_key: dict[str, Participant] = {}
        self._by_role: dict[str, Participant] = {}

    def _find(self, name: str) -> Participant | None:
        key = identity(name)
        if key in self._by_key:
            return self._by_key[key]
        toks = key.split()
        # "Mr. Doe" after "Mr. John Doe": a surname alone means the one person with that surname
        same = [p for k, p in self._by_key.items() if toks and (k.split()[-1:] == toks[-1:]) and (len(toks) == 1 or len(k.split()) == 1)]
        return same[0] if len({id(p) for p in same}) == 1 else None

    def resolve(self, label: str) -> Participant:
        if label in self._by_label:
            return self._by_label[label]
        raw = label
        if label.strip() in self.names:
            label = self.names[label.strip()]
        p = None
        if unnamed(label):
            parsed = ParsedLabel(label, display_id(label), None, None, None)
        else:
            parsed = parse_label(label)
        if parsed.name:
            p = self._find(parsed.name)
            if p is None:
                p = Participant(name=parsed.name, in_roster=False)
                self.people.append(p)
            elif len(identity(parsed.name).split()) > len(identity(p.name).split()):
                p.name = parsed.name  # "Mr. Doe" then "Mr. John Doe": keep the fuller name
            self._by_key[identity(parsed.name)] = p
        elif parsed.role:
            p = self._by_role.get(parsed.role.lower())
            if p is None:
                p = Participant(name=label, in_roster=False)
                self.people.append(p)
        assert p is not None
        p.honorific = p.honorific or parsed.honorific
        p.organization = p.organization or parsed.affiliation
        if parsed.role:
            p.role = p.role or parsed.role
            p.session_role = p.session_role or _session_role(parsed.role)
            self._by_role[parsed.role.lower()] = p
        if raw not in p.labels:
            p.labels.append(raw)
        self._by_label[raw] = p
        return p
