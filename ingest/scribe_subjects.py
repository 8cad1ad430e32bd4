"""A working group's live scribe notes: turns behind bare first names and handles ("Jana: …", "Mikeb: …") and, between
them, turns the scribe tells in the third person with the subject first ("Spencer says that…", "MartinD says…",
"ekr notes that…", "IanS says…").

Such minutes give no list of who came, so the people are the names the labels write and the names that open a
sentence with their speech verb; a handle may be a first name with the surname's initial glued on ("MartinD",
"IanS": `names.candidates` reads it) or a label written in lower case ("ekr" for "Ekr:"). The reported clause is the
speaker's point in the scribe's words, so its "we" or "you" ("Spencer says that what you have in the spec…") is the
room's, not the last labelled speaker's: the sentence still opens a new turn, at a paragraph's start or inside one
(the scribe runs several turns into a paragraph).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    DASH_TURN,
    HANDLE_LABEL,
    HANDLE_SUBJECT,
    INITIAL_HANDLE,
    NOT_SPEAKERS,
    SCRIBE_HANDLE_LABELS_MIN,
    SPEECH_VERB,
    fold,
    role_of,
)
from quidit.ingest.names import resolve
from quidit.ingest.records import Participant


def handle_labels(labels: Iterable[str]) -> frozenset[str] | None:
    """The one-word labels (folded) of a labelled record that names its people by one word, first names or handles,
    two in three of its distinct labels at least (and `SCRIBE_HANDLE_LABELS_MIN` of them); None otherwise (a
    council's "M. Dupont:", a transcript's full names)."""
    cores = {fold(lab.strip()) for lab in labels if lab.strip()}
    one = frozenset(c for c in cores if " " not in c)
    if len(one) < SCRIBE_HANDLE_LABELS_MIN or 3 * len(one) < 2 * len(cores):
        return None
    return one


def once_handle(core: str, body: str, lower: set[str] | frozenset[str]) -> bool:
    """Whether a one-word label written once in such notes names someone ("Roy:  this is a very large space…",
    "Praveen:  we may want…"): a first name or a handle the text never writes in lower case, no word that never
    names a speaker, and the scribe's paraphrase after it opening in lower case ("Question: is this…" has "question"
    elsewhere; "Scribes: Ted Hardie, …" lists names)."""
    core = core.strip()
    return HANDLE_LABEL.fullmatch(core) is not None and " " not in core and core[0].isupper() \
        and core.lower() not in lower and fold(core) not in NOT_SPEAKERS and role_of(core) is None \
        and re.match(r"\s*[a-z]", body) is not None


def _subject(seg: str, labels: frozenset[str]) -> str | None:
    """The one-word subject opening the sentence with its speech verb right after it: capitalised, or a label the
    text writes, here in lower case ("ekr notes…" for "Ekr:"); None otherwise ("we agreed…")."""
    m = HANDLE_SUBJECT.match(seg[:200])
    if m is None or not SPEECH_VERB.match(seg, m.end()):
        return None
    name = m.group("name")
    return name if name[0].isupper() or fold(name) in labels else None


def handle_subject(seg: str, labels: frozenset[str], participants: list[Participant]) -> Participant | None:
    """The person a handle opening a sentence with its speech verb stands for: a label written in lower case ("ekr
    notes that…"), a first name with an initial glued on ("MartinD says…", "IanS says…": the one person it fits, else
    someone new); None for any other subject (a capitalised first name is `attribution._unlisted_speaker`'s)."""
    name = _subject(seg, labels)
    if name is None or not (INITIAL_HANDLE.fullmatch(name) or name[0].islower()):
        return None
    p = resolve(name, participants)
    if p is None and INITIAL_HANDLE.fullmatch(name):
        p = Participant(name=name, in_roster=False, session_role=None)
        participants.append(p)
    return p


def opens_reported_turn(seg: str, labels: frozenset[str]) -> bool:
    """A sentence that opens with a one-word subject (a name or a handle, perhaps after the clock time) and its
    speech verb right after it ("Spencer says that what you have…", "Ted suggests heuristics…"): a first or second
    person further on is inside the reported clause, and the sentence may open a turn inside a paragraph."""
    return _subject(seg, labels) is not None


def dash_turns(text: str, units: list[Line]) -> None:
    """Mark as labelled turns the lines of such notes that open with a handle, a hyphen and the words ("Jana - risk
    is…", "MartenS - no way to…", "mikeB - points out…"), when the handle is one the notes name elsewhere: a label
    written with a colon, case and spaces aside ("Mike b" for "Mikeb:", written then as that label), or a subject
    opening a sentence with its speech verb ("MartenS says…"). A heading's "Issue 35 - starting packet number" or a
    summing-up's "Tldr - …" names no one the notes know."""
    written = [u.label.strip() for u in units if u.kind == LineKind.LABEL and u.label and HANDLE_LABEL.fullmatch(u.label.strip())
               and fold(u.label.strip()) not in NOT_SPEAKERS and role_of(u.label) is None]
    if handle_labels(written) is None:
        return
    spelled: dict[str, str] = {}
    for lab in written:
        spelled.setdefault(fold(lab).replace(" ", ""), lab)
    speaking: dict[str, str] = {}  # the handles opening a sentence with their speech verb somewhere, as first written
    for u in units:
        line = text[u.start:u.end]
        for m in re.finditer(r"(?:^|(?<=[.!?;]))\s*", line):
            name = _subject(line[m.end():m.end() + 400], frozenset(spelled))  # a bounded slice: one long line stays linear
            if name is not None and name[0].isupper():
                speaking.setdefault(fold(name), name)
    for u in units:
        if u.kind not in (LineKind.TEXT, LineKind.LABEL) or u.kind == LineKind.LABEL and u.label \
                and HANDLE_LABEL.fullmatch(u.label.strip()):
            continue  # (a colon further on, "MartenS - in 0RTT would…? Mt: yes", made the whole start a label)
        m = DASH_TURN.match(text[u.start:u.end])
        if m is None:
            continue
        key = fold(m.group("label")).replace(" ", "")
        if key in spelled:
            u.label = spelled[key]
        elif key in speaking and " " not in m.group("label"):
            u.label = speaking[key]  # "martinD - …" as "MartinD says…" writes it
        else:
            continue
        u.kind, u.body = LineKind.LABEL, u.start + m.start("body")
