"""Minutes that write each turn as a list item opened by the speaker's lower-case handle: "* ko1: I read this
proposal.", "* mame: We already allow arrays of strings.", "- nobu: je préfère l'autre nom." — a developers' meeting
log, a dozen people and more, amid pasted ticket text, code and sub-items.

`nick_labels` leaves list items aside, since a list item behind a lower-case word is most often a commit's or a
change's title ("* deps: update v8 …", "* fix: …") or a field ("- type: string"). Here the items are a conversation:
several handles open two items and more each, the handle changes from one item to the next, and people speak in the
first person in them. Then every handle that opens items so is a person's, and so is one that opens a single item
with a sentence or a first-person word in it ("* k0kubun: `make up` creates … what is missing."), unless the text
writes it as a word of its prose more often than as a label ("* cache: …" where "the cache is cold"); a mention
that names the person ("mrkn's comment", "nobu says", "(yui-knk)") is no such word. In such a text a capitalised
one-word label the text writes in lower case too ("* Sampling: O(n)") is a field of a list, no person
(`attribution._keep_labels`).

Live minutes of a small meeting often label the items by the speakers' lower-case initials ("- jd: budget is tight.",
"- ab: +1"), in a scribe's clipped words that rarely say "I": when three such initials and more open two items each
and alternate, the items are turns without the first-person share; a handle's "+1" ("jd++") and a table cell
("| jd | 2 |") mention the person, not a word of the prose.

A project call's live notes write the handle and a dash instead ("* cfallin - not familiar with v8, …", "- uweigand -
other way around."): no colon, so no label to start from. Such items are turns when their handles are the people of
the notes' own attendee list ("Attendees" over "* cfallin", "* fitzgen", …: `DASHED_HANDLES_LISTED_MIN` of them,
each opening items more than once, changing from one item to the next), and then so is an item opened the same way
by a handle the list spells otherwise ("- afonso - …" beside "afonso360", "- acrichto - …"). Without such a list a
dash after a word is a heading's or a term's ("* Issue 35 - packet number", "* cache - warm it first").
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    ANSWER_FIRST_PERSON,
    BULLET_HANDLE_ALTERNATION,
    BULLET_HANDLE_PERSONAL_SHARE,
    BULLET_HANDLE_TURNS_MIN,
    BULLET_HANDLES_MIN,
    CHANGE_KINDS,
    DASHED_HANDLE_ITEM,
    DASHED_HANDLES_LISTED_MIN,
    END_OF_SENTENCE,
    HANDLE_BRACKET_OPEN,
    HANDLE_IN_LINK,
    HANDLE_KARMA,
    HANDLE_LIST_ENTRY,
    HANDLE_POSSESSIVE,
    HANDLE_REACTION_LINE,
    HANDLE_TABLE_CELL,
    HONORIFICS,
    INITIALS_HANDLE,
    NOT_SPEAKERS,
    SCRIBE_COMMANDS,
    SCRIBE_HEADINGS,
    SCRIBE_NICK,
    SCRIBE_SELF,
    SPEECH_VERB,
    fold,
)
from quidit.ingest.records import Participant

_BULLET = re.compile(r"\s*[*•▪◦-]\s")
_WORD = re.compile(r"(?<![\w`|-])[A-Za-z][\w`|-]{0,30}(?![\w`|-])")


def _handle(text: str, u: Line) -> str | None:
    """The folded handle of a list item "* handle: words", or None for any other line."""
    if u.kind != LineKind.LABEL or not u.label or u.body is None or not _BULLET.match(text[u.start:u.end]):
        return None
    word = u.label.strip()
    if not word[:1].islower() or SCRIBE_NICK.match(word) is None or not text[u.body:u.end].strip():
        return None
    key = fold(word)
    if key in NOT_SPEAKERS or key in SCRIBE_COMMANDS or key in SCRIBE_HEADINGS or key in SCRIBE_SELF \
            or key in HONORIFICS or key in CHANGE_KINDS:
        return None
    return key


def _as_words(text: str) -> dict[str, int]:
    """How often the text writes each handle-shaped word (folded) as a word of its prose: neither as a label
    ("handle:", "handle :") nor as a person's name ("mrkn's comment", "nobu says", "hackmd.io/@mrkn/", "(yui-knk)"), nor in
    a list of people (a reaction line "- 👍: antiochp, phyro", an attendance entry "- phyro"). One pass over the text."""
    out: dict[str, int] = {}
    for m in _WORD.finditer(text):
        after = text[m.end():m.end() + 40]
        before = text[max(0, m.start() - 6):m.start()]
        if re.match(r"[ \t]?:", after) or HANDLE_POSSESSIVE.match(after) or SPEECH_VERB.match(after.lstrip()) \
                or HANDLE_IN_LINK.search(before) or after[:1] == ")" and HANDLE_BRACKET_OPEN.search(before) \
                or HANDLE_KARMA.match(after) or HANDLE_TABLE_CELL.search(before):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if HANDLE_REACTION_LINE.match(text, line_start) or HANDLE_LIST_ENTRY.fullmatch(
                text, line_start, len(text) if line_end < 0 else line_end):
            continue
        key = fold(m.group())
        out[key] = out.get(key, 0) + 1
    return out


def bulleted_handles(text: str, units: list[Line], roster_end: int = 0) -> set[str]:
    """The handles (folded) that open list items as turns, when the text writes its turns so; empty otherwise."""
    items: list[tuple[int, str]] = []  # (unit index, handle)
    for i, u in enumerate(units):
        if u.end > roster_end and (h := _handle(text, u)) is not None:
            items.append((i, h))
    counts: dict[str, int] = {}
    spoken: dict[str, bool] = {}
    personal = pairs = changes = 0
    prev: tuple[int, str] | None = None
    for i, h in items:
        body = text[units[i].body:units[i].end]
        counts[h] = counts.get(h, 0) + 1
        first = ANSWER_FIRST_PERSON.search(body) is not None
        spoken[h] = spoken.get(h, False) or first or END_OF_SENTENCE.search(body) is not None
        personal += first
        if prev is not None and all(not text[u.start:u.end].strip() for u in units[prev[0] + 1:i]):
            pairs += 1  # two items one under the other (blank lines aside): does the handle change?
            changes += prev[1] != h
        prev = (i, h)
    regular = {h for h, n in counts.items() if n >= BULLET_HANDLE_TURNS_MIN and spoken[h]}
    initials = {h for h in regular if INITIALS_HANDLE.fullmatch(h)}  # "- jd: …", "- ab: …": clipped notes
    if len(regular) < BULLET_HANDLES_MIN or not pairs or changes < BULLET_HANDLE_ALTERNATION * pairs \
            or personal < BULLET_HANDLE_PERSONAL_SHARE * len(items) and len(initials) < BULLET_HANDLES_MIN:
        return set()
    prose = _as_words(text)
    if personal < BULLET_HANDLE_PERSONAL_SHARE * len(items):  # clipped notes: their initials only
        return initials | {h for h in counts if INITIALS_HANDLE.fullmatch(h) and spoken[h] and prose.get(h, 0) < counts[h]}
    return {h for h in counts if spoken[h] and prose.get(h, 0) < counts[h]}


def _dashed_key(word: str) -> str | None:
    """The folded handle of a "* handle - words" item, or None for a word that never names anyone."""
    key = fold(word)
    if not word[:1].islower() or key in NOT_SPEAKERS or key in SCRIBE_COMMANDS or key in SCRIBE_HEADINGS \
            or key in SCRIBE_SELF or key in HONORIFICS or key in CHANGE_KINDS:
        return None
    return key


def dashed_handles(text: str, units: list[Line], participants: list[Participant], roster_end: int = 0) -> set[str]:
    """Mark as labelled turns the "* handle - words" items of notes whose attendee list names their handles, and
    return those handles (folded); an empty set, and nothing marked, when the notes are not written so."""
    # (called before any label is read: the participants are those of the lists, the attendee list among them)
    listed = {fold(p.name) for p in participants if p.session_role != "absent" and " " not in p.name.strip()}
    if len(listed) < DASHED_HANDLES_LISTED_MIN:
        return set()
    items: list[tuple[int, str, re.Match]] = []  # (unit index, handle, the item's match)
    for i, u in enumerate(units):
        if u.end <= roster_end or u.kind != LineKind.TEXT:
            continue
        m = DASHED_HANDLE_ITEM.match(text, u.start, u.end)
        if m is not None and (key := _dashed_key(m.group("label"))) is not None:
            items.append((i, key, m))
    counts: dict[str, int] = {}
    for _, h, _ in items:
        counts[h] = counts.get(h, 0) + 1
    regular = {h for h, n in counts.items() if h in listed and n >= BULLET_HANDLE_TURNS_MIN}
    changes = sum(a[1] != b[1] for a, b in zip(items, items[1:]))
    if len(regular) < DASHED_HANDLES_LISTED_MIN or changes < BULLET_HANDLE_ALTERNATION * (len(items) - 1):
        return set()
    prose = _as_words(text)  # (which counts the items' own handles too: no colon after them)
    kept = {h for h in counts if h in listed or prose.get(h, 0) - counts[h] < counts[h]}
    for i, h, m in items:
        if h in kept:
            u = units[i]
            u.kind, u.label, u.body, u.structured = LineKind.LABEL, m.group("label"), m.start("body"), True
    return kept
