"""Turns opened by the speaker's name run in at the head of the paragraph, no colon, no dash.

Minutes typed live at a student senate's or a club's meeting write each turn as the member's name as the roll call
writes it, then at once the member's words, telegraphic or in the first person:

    Present: Okafor, Lindqvist, Tembo, Quispe, …
    Lindqvist motion to confirm the new members of the film society.
    Tembo did you change any of the content or just reorder it?
    Chair Okafor we'll come back to the minutes later.

Ordinary minutes open paragraphs with a member's name too, but as the subject of their own sentence ("Lindqvist
reported that…", "Smith will circulate…"): the word after the name is then a verb (`RUN_IN_PROSE_NEXT`, `SPEECH_VERB`), and
the sentence is reported speech. So the form holds only where an attendance list names the members and their names
open `RUN_IN_TURNS_MIN` paragraphs or more, for `RUN_IN_NAMES_MIN` members, most of them (`RUN_IN_OWN_SHARE`) going
on with no verb of their own. Where it holds:

- a listed member's name, an office's words before it or not ("Chair Okafor", "Vice President Okafor"), opening a paragraph (or a
  line right after a finished sentence or a short title) with words after it opens that member's turn, unless the
  words tell the meeting's own course ("… called the meeting to order at 7:02 pm.": `RUN_IN_RECORD`), narration
  that ends the turn before it;
- a name the list lacks (a guest, a candidate, the court's justice) opens a turn too where it opens two paragraphs
  or more so, or once with `RUN_IN_ONCE_WORDS` words or more after it: one capitalised word (or a given name and a
  surname) that the text never writes in lower case and that is no office, weekday or month; a once-written name one
  letter off one written so often ("Pettigre" beside "Pettigrew") is that person;
- a surname the text writes after one given name elsewhere ("Jonah Whitcombe" over his confirmation) is that full
  name (`name_lines.full_names`).

The lines are marked as labels (`Line.run_in`), which `attribution` keeps as it keeps a colon's.
"""
from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from quidit.ingest.labels import Line, LineKind, parse_label
from quidit.ingest.lexicon import (
    ARTICLES,
    END_OF_SENTENCE,
    HEADING_LINE_MAX_WORDS,
    HONORIFICS,
    LABEL_TITLES,
    MONTH_NAMES,
    NOT_SPEAKERS,
    ORG_FOLDED,
    RUN_IN_I,
    RUN_IN_NAMES_MIN,
    RUN_IN_ONCE_WORDS,
    RUN_IN_OWN_SHARE,
    RUN_IN_PARAGRAPH_SHARE,
    RUN_IN_PROSE_NEXT,
    RUN_IN_RECORD,
    RUN_IN_TITLE_WORDS,
    RUN_IN_TURNS_MIN,
    SPEECH_VERB,
    WEEKDAYS,
    fold,
    role_of,
)
from quidit.ingest.name_lines import full_names
from quidit.ingest.names import lower_case_words
from quidit.ingest.records import Participant

# a name's word: a capital, then letters (a double surname as a roll call glues it: "GarciaLopez"), hyphens or an
# apostrophe inside ("O'Neil"), no possessive "'s" ("Chair's Remarks" is a heading)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-’'](?=[^\W\d_]{2}))*")
_MONTHS = {fold(m) for names in MONTH_NAMES.values() for m in names}
_TITLES = {t for t in LABEL_TITLES if t not in {fold(h).rstrip(".") for h in HONORIFICS} and t not in ARTICLES}
_TITLE_TYPO_CHARS = 7  # an office word this long or longer may be misspelt by one letter ("Vice Presdent Okafor")


def _title(word: str) -> bool:
    """An office's word before a member's name ("Vice", "President", a typo of it), not an honorific ("Mr", "M.")."""
    w = fold(word).rstrip(".")
    return w in _TITLES or len(w) >= _TITLE_TYPO_CHARS and any(
        len(t) >= _TITLE_TYPO_CHARS and OSA.distance(w, t) <= 1 for t in _TITLES)


def _word(token: str) -> bool:
    return token[:1].isupper() and _NAME_WORD.fullmatch(token) is not None


def _squeezed(name: str) -> str:
    return fold(name).replace(" ", "").replace("-", "")


def _listed_index(listed: list[Participant]) -> dict[str, Participant | None]:
    """Each listed member's name as the list writes it, spaces aside ("garcialopez"), and each surname that only one
    member has: the member (None for a surname two members share: no turn can say which)."""
    index: dict[str, Participant | None] = {}
    for p in listed:
        index[_squeezed(p.name)] = p
    surnames: dict[str, list[Participant]] = {}
    for p in listed:
        words = p.name.split()
        if len(words) >= 2:
            surnames.setdefault(fold(words[-1]), []).append(p)
    for sur, ps in surnames.items():
        if sur not in index:
            index[sur] = ps[0] if len({id(p) for p in ps}) == 1 else None
    return index


def _opens(text: str, units: list[Line], i: int) -> bool:
    """The line opens a paragraph, or follows a finished sentence or a short title on the line above (a turn the
    minutes typed on the next line: "…handle the club's money?" / "Whitcombe I kept the books…")."""
    u = units[i]
    if u.start == 0 or text[max(0, u.start - 2):u.start] == "\n\n":
        return True
    if i == 0:
        return False
    above = text[units[i - 1].start:units[i - 1].end].strip()
    return END_OF_SENTENCE.search(above) is not None or (
        above[:1].isupper() and len(above.split()) <= HEADING_LINE_MAX_WORDS and not re.search(r"[,;:]$", above))


def _head(line: str, index: dict[str, Participant | None]) -> tuple[int, str, Participant | None, int] | None:
    """(words of the name, title words included; the name; the listed member or None; offset of the words after it)
    for a line that opens with a name and goes on with words; None otherwise."""
    tokens = list(re.finditer(r"\S+", line[:200]))
    t = 0
    while t < min(RUN_IN_TITLE_WORDS, len(tokens) - 1) and _title(tokens[t].group()) and _word(tokens[t].group()):
        t += 1
    for n in (2, 1):
        if t + n >= len(tokens) or not all(_word(x.group()) for x in tokens[t:t + n]):
            continue
        name = " ".join(x.group() for x in tokens[t:t + n])
        if _squeezed(name) in index and index[_squeezed(name)] is None:
            return None  # a surname two members share: whose turn, the line does not say
        p = index.get(_squeezed(name))
        if p is not None:
            return (t + n, name, p, tokens[t + n].start()) if _one_space(line, tokens[t + n - 1].end()) else None
    if t or len(tokens) < 2 or not _word(tokens[0].group()) or not _one_space(line, tokens[0].end()):
        return None  # (an office's words before a name the list lacks: a heading, "Council Discussion")
    return 1, tokens[0].group(), None, tokens[1].start()


def _one_space(line: str, at: int) -> bool:
    """One space after the name: a wider gap is a table's ("Jane Roe    Acme    In person"), no turn."""
    return line[at:at + 1] in (" ", "\t") and not line[at + 1:at + 2].isspace()


def _own_words(body: str) -> bool:
    """The words after a name are the person's, not the minutes' sentence about them: a word in lower case or the
    first person's "I" opens them, no verb of the name's own (`RUN_IN_PROSE_NEXT`, `SPEECH_VERB`)."""
    return (body[:1].islower() or RUN_IN_I.match(body) is not None) and RUN_IN_PROSE_NEXT.match(body) is None \
        and SPEECH_VERB.match(body) is None


def _unlisted(word: str, lower: frozenset[str]) -> bool:
    """A capitalised word that may be a surname: never written in lower case, no office, role, weekday or month."""
    w = fold(word)
    return word.lower() not in lower and not word.isupper() and w not in NOT_SPEAKERS and w not in ORG_FOLDED \
        and w not in WEEKDAYS and w not in _MONTHS and not _title(word) and role_of(word) is None


def run_in_turns(text: str, units: list[Line], participants: list[Participant], roster_end: int = 0) -> set[int]:
    """Mark the lines that open a turn with a name run in (`LineKind.LABEL`, `Line.run_in`, `Line.body` where the
    words start, `Line.full` the member's or the full name); return their indices, empty when the text does not write
    its turns so."""
    listed = [p for p in participants if p.session_role != "absent"]
    if len(listed) < RUN_IN_NAMES_MIN:
        return set()
    index = _listed_index(listed)
    heads: dict[int, tuple[int, str, Participant | None, int]] = {}
    for i, u in enumerate(units):
        if u.end <= roster_end or not (u.kind == LineKind.TEXT or u.kind == LineKind.LABEL and u.label
                                       and parse_label(u.label) is None) or not _opens(text, units, i):
            continue  # (a line `classify` read as "Tembo objects: I have…", whose label is no name, is read here)
        got = _head(text[u.start:u.end], index)
        if got is not None:
            heads[i] = got
    members = {i: h for i, h in heads.items() if h[2] is not None}
    own = {i for i, h in members.items() if _own_words(text[units[i].start + h[3]:units[i].end])}
    paragraphs = sum(1 for u in units if u.end > roster_end and u.kind == LineKind.TEXT
                     and (u.start == 0 or text[max(0, u.start - 2):u.start] == "\n\n"))
    if len(own) < RUN_IN_TURNS_MIN or len(own) < RUN_IN_OWN_SHARE * len(members) \
            or len(own) < RUN_IN_PARAGRAPH_SHARE * paragraphs or len({id(members[i][2]) for i in own}) < RUN_IN_NAMES_MIN:
        return set()
    lower = lower_case_words(text)
    turns: dict[int, tuple[str, int, Participant | None]] = {}
    for i, (_, name, p, at) in members.items():
        body = text[units[i].start + at:units[i].end]
        if RUN_IN_RECORD.match(body):  # "Chair Okafor called the meeting to order": the record's, ends the turn
            units[i].kind, units[i].label, units[i].body = LineKind.NARRATION, None, None
        elif body[:1].isalpha():
            turns[i] = name, at, p
    others = {i: h for i, h in heads.items() if h[2] is None and _unlisted(h[1], lower)}
    counts: dict[str, int] = {}
    spoken: set[str] = set()
    for i, (_, name, _, at) in others.items():
        counts[fold(name)] = counts.get(fold(name), 0) + 1
        if _own_words(text[units[i].start + at:units[i].end]):
            spoken.add(fold(name))
    often = {w for w, n in counts.items() if n >= 2 and w in spoken}  # ("Below is…" twice: the minutes' prose)
    near: dict[str, set[str]] = {}  # each frequent name and its one-letter deletions: a typo's look-up, linear
    for w in often:
        for key in _deletions(w):
            near.setdefault(key, set()).add(w)
    for i, (_, name, _, at) in others.items():
        line = text[units[i].start:units[i].end]
        body = line[at:]
        if not body[:1].isalpha() or RUN_IN_RECORD.match(body):
            continue
        typo = _typo_of(fold(name), near) if fold(name) not in often else []
        if len(typo) == 1:  # "Pettigre" once, "Pettigrew" often: the note-taker's typo
            name = next(n for _, n, _, _ in others.values() if fold(n) == typo[0])
        elif fold(name) not in often:
            if len(body.split()) < RUN_IN_ONCE_WORDS or not (_own_words(body) or _given_and_surname(line, at, lower)):
                continue  # ("Faithfully submitted,", "Commission Recommendation"; "Nadia Ferrand RadioCampus update…")
            if not body[:1].islower() and RUN_IN_I.match(body) is None:
                second = re.match(r"\S+", body).group()
                name, at = f"{name} {second}", at + len(second) + 1
                body = line[at:].lstrip()
                at = len(line) - len(body)
        turns[i] = name, at, None
    surnames = {fold(name) for name, _, p in turns.values() if p is None and " " not in name}
    fulls = full_names(text, surnames, lower) if surnames else {}
    for i, (name, at, p) in turns.items():
        u = units[i]
        u.kind, u.label, u.body, u.structured, u.run_in = LineKind.LABEL, name, u.start + at, True, True
        u.full = p.name if p is not None else fulls.get(fold(name))
        u.bare = u.dotted = u.question = False
        u.title = None
    return set(turns)


def _given_and_surname(line: str, at: int, lower: frozenset[str]) -> bool:
    """A name the list lacks, written once as a given name and a surname ("Nadia Ferrand RadioCampus update…"): the word
    after the first is capitalised too, no word the text writes in lower case, and lower-case words follow."""
    rest = line[at:].split()
    return len(rest) >= 2 and _word(rest[0]) and _unlisted(rest[0], lower) and not any(c.isupper() for c in rest[0][1:]) \
        and (rest[1][:1].islower() or re.search(r"[a-z][A-Z]", rest[1]) is not None or rest[1].isupper())


def _deletions(word: str) -> set[str]:
    """The word and every word one letter shorter that it holds."""
    return {word} | {word[:k] + word[k + 1:] for k in range(len(word))}


def _typo_of(word: str, near: dict[str, set[str]]) -> list[str]:
    """The frequent names one letter off this once-written one (a letter dropped, added or changed; the first two
    letters kept, four letters or more: "pettigre" for "pettigrew")."""
    fits = {w for key in _deletions(word) for w in near.get(key, ())}
    return sorted(w for w in fits if len(w) >= 4 and w[:2] == word[:2] and OSA.distance(w, word) == 1)
