"""Conference notes that list their speakers at the top ("Plenary Speakers:" over "Jane Roe, Acme University", one
a line) and then head each talk's notes with the speaker's name alone on a line of its own:

    Jane Roe

    Wrote about the public system that used to be free.
    She's interested in how the archive was put together.

The bare name is no sentence and no turn label (no colon), and a name alone may be a list entry or a title; it heads
a speaker's notes only where the document's own speakers list gave that very full name, the line is set apart by a
blank line and notes follow it. A heading joining two listed names ("Jane Roe & John Doe") is a joint talk's: it ends
the last speaker's notes and names no one speaker.

In a meeting's own record (a minutes title or an attendance list) that lists its members ("Concejales presentes: A, B
y C"), a heading that puts two phrases either side
of a dash ("Punto 4 - Informes Oficiales", "Entrega de Mención Especial - Olimpiada Kanguro") is the agenda item's
title and its subject, not a talk and its speaker, unless the words after the dash name a listed member
(`unlisted_dash_talk`): minutes head their items so, and a member's own report ("Informe - Ana Gil") still names her.

A report that lists no one heads its talks the same way, each name over the talk's title:

    Jane Roe

    The archive and its public

    Wrote about the public system that used to be free.

With no list to vouch for it, a bare name heads notes only under that layout, repeated (`UNLISTED_HEADINGS_MIN`
talks at least): a line a person's name alone (capitalised words, a middle initial, a nickname in quotes after it:
"Jane 'JR' Roe" is no form, "Jane Roe 'JR'" is), set apart, over a title (a line of its own with no sentence stop
that is no name) and notes under it. A name over a sentence is a signature or a mention; a name over another name is
a list.
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Line, LineKind, parse_label, section_word
from quidit.ingest.lexicon import (
    END_OF_SENTENCE,
    LISTED_PAIR_JOINER,
    NAME_LINE,
    NAME_LINE_CHARS,
    ORG_FOLDED,
    PARTICLES,
    PLACE_NAME_LINE,
    REPORT_GROUP_HEADING,
    REPORTS_END_HEADING,
    TALK_DASH,
    TALK_HEADING,
    TRAILING_NICKNAME,
    fold,
    role_of,
)
from quidit.ingest.names import candidates, lower_case_words
from quidit.ingest.records import Participant

LISTED_HEADINGS_MIN = 2  # listed speakers headed so before the layout counts (one bare name is a mention or a title)
UNLISTED_HEADINGS_MIN = 3  # names over a title before the layout counts where no list gave the names
TALK_TITLE_WORDS = (2, 16)  # a talk's title under the name: a few words, not one (a name, a heading) nor a paragraph
NOTES_MIN_WORDS = 8  # the notes under the title: a sentence, or a line this long (not another heading)
DASH_TALK_LISTED_MIN = 3  # listed members before a dash heading's unlisted name reads as the item's subject


def listed_name_headings(text: str, units: list[Line], participants: list[Participant], roster_end: int) -> set[int]:
    """Mark the lines that head a listed speaker's notes (`LineKind.SECTION`, the label the listed name) and the joint
    headings of two listed speakers (`LineKind.HEADING`); return the indices of the speakers' headings."""
    listed = {fold(p.name).strip(): p.name for p in participants if p.in_roster and len(p.name.split()) >= 2}
    placed = _placed_name_headings(text, units, participants, roster_end)
    if len(listed) < LISTED_HEADINGS_MIN:
        return placed
    heads: dict[int, str] = {}
    joint: set[int] = set()
    for i, u in enumerate(units):
        if u.start < roster_end or u.kind != LineKind.TEXT or not u.own_paragraph or i + 1 >= len(units):
            continue
        line = text[u.start:u.end].strip()
        notes = units[i + 1].kind in (LineKind.TEXT, LineKind.LABEL) \
            and re.search(r"[^\W\d_]{2}", text[units[i + 1].start:units[i + 1].end]) is not None
        if fold(line) in listed and notes:  # (a name over another heading, a list or nothing heads no notes)
            heads[i] = listed[fold(line)]
        elif len(parts := LISTED_PAIR_JOINER.split(line)) == 2 and all(fold(p.strip()) in listed for p in parts):
            joint.add(i)
    if len(heads) < LISTED_HEADINGS_MIN:
        return placed
    _mark_sections(text, units, heads)
    for i in joint:
        units[i].kind = LineKind.HEADING
    return set(heads) | placed


def _placed_name_headings(text: str, units: list[Line], participants: list[Participant], roster_end: int) -> set[int]:
    """A round table's notes that head each guest's points with the place they stand for, then their full name, alone
    on a line ("Plouër-sur-Rance, Emmanuel Cibert" over "- les écoles sur Plouër représentent…"): a speaker's section
    where the name is one the document lists or labels in full elsewhere ("Emmanuel Cibert : élu de la commune de…"),
    LISTED_HEADINGS_MIN of them at least (one such line is an address or a signature)."""
    known = {fold(p.name).strip(): p.name for p in participants if len(p.name.split()) >= 2}
    known |= {fold(u.label).strip(): u.label.strip() for u in units
              if u.kind in (LineKind.LABEL, LineKind.LABEL_ALONE) and u.label and len(u.label.split()) >= 2}
    heads: dict[int, str] = {}
    for i, u in enumerate(units[:-1]):
        if u.start < roster_end or u.kind != LineKind.TEXT or not u.own_paragraph:
            continue
        m = PLACE_NAME_LINE.fullmatch(text[u.start:u.end].strip())
        name = known.get(fold(m.group("name")).strip()) if m is not None else None
        if name is not None and fold(m.group("place")).strip() not in known and units[i + 1].kind in (LineKind.TEXT, LineKind.LABEL):
            heads[i] = name
    if len(heads) < LISTED_HEADINGS_MIN:
        return set()
    _mark_sections(text, units, heads)
    return set(heads)


def _mark_sections(text: str, units: list[Line], heads: dict[int, str]) -> None:
    """Make each heading line a speaker's section, its label the name it stands for."""
    for i, name in heads.items():
        units[i].kind, units[i].label, units[i].title = LineKind.SECTION, name, text[units[i].start:units[i].end]


def name_alone(line: str, lower: frozenset[str]) -> tuple[str, str | None] | None:
    """The full name (two words at least) and the quoted nickname a line holds alone, or None: a title, a heading, a
    role, a body ("Foundation"), a sentence, capitalised words the text also writes in lower case ("Software Libre", "Old Business")."""
    nick = None
    if (m := TRAILING_NICKNAME.search(line)) is not None:
        line, nick = line[:m.start()].rstrip(), m.group("nick")
    if not line or len(line) > NAME_LINE_CHARS or NAME_LINE.match(line) is None or section_word(line) \
            or REPORT_GROUP_HEADING.match(line) or REPORTS_END_HEADING.match(line):
        return None  # ("Member Reports", "Old Business": a page of minutes' headings)
    lab = parse_label(line)
    if lab is None or lab.role is not None or lab.core != line:
        return None
    if LISTED_PAIR_JOINER.search(line):
        return None  # "Procesos y Contextos Educativos", "Jane Roe & John Doe": a title, or two people
    words = [w for w in re.findall(r"[\w’'-]+", line) if w.lower() not in PARTICLES]
    if len(words) < 2 or any(not w[:1].isupper() for w in words):
        return None
    if any(w.lower() in lower or fold(w) in ORG_FOLDED or role_of(w) is not None for w in words if len(w) > 2):
        return None  # ("Old Business", "Member Reports", "Eclipse Foundation Board Meeting Minutes": no one)
    return line, nick


def unlisted_name_headings(text: str, units: list[Line]) -> dict[int, tuple[str, str | None]]:
    """Mark the lines that head a talk's notes with its speaker's name over the talk's title, in a text with no
    speakers list (`LineKind.SECTION`, the label the name); return their indices with the name and nickname."""
    lower = lower_case_words(text)
    heads: dict[int, tuple[str, str | None]] = {}
    for i, u in enumerate(units[:-2]):
        title, notes = units[i + 1], units[i + 2]
        # (a title with a colon, "The GNU Project: software and community", was read as a label)
        if u.kind != LineKind.TEXT or title.kind not in (LineKind.TEXT, LineKind.LABEL) \
                or notes.kind not in (LineKind.TEXT, LineKind.LABEL) or not (u.own_paragraph and title.own_paragraph):
            continue
        head, body = text[title.start:title.end].strip(), text[notes.start:notes.end].strip()
        # a title of a few words (not one word: "Alberto" under "Member Reports" is a report's holder), then prose
        if not TALK_TITLE_WORDS[0] <= len(head.split()) <= TALK_TITLE_WORDS[1] or END_OF_SENTENCE.search(head) is not None \
                or name_alone(head, lower) is not None or name_alone(body, lower) is not None \
                or not (END_OF_SENTENCE.search(body) or len(body.split()) >= NOTES_MIN_WORDS):
            continue
        if (person := name_alone(text[u.start:u.end].strip(), lower)) is not None:
            heads[i] = person
    if len(heads) < UNLISTED_HEADINGS_MIN:
        return {}
    for i in sorted(heads, reverse=True):  # the title is the heading's second line: nobody's words, the talk goes on
        units[i].kind, units[i].label, units[i].end = LineKind.SECTION, heads[i][0], units[i + 1].end
        units[i].title = text[units[i].start:units[i].end]
        del units[i + 1]
    return {i - n: heads[i] for n, i in enumerate(sorted(heads))}


def unlisted_dash_talk(heading: str, listed: list[Participant]) -> bool:
    """Whether a talk heading of the dash form ("Title - Jane Roe") names no one of a list of `DASH_TALK_LISTED_MIN`
    people or more: in a meeting's record that lists its members (the caller checks it is one), such a line is an agenda
    item's title and its subject."""
    if len(listed) < DASH_TALK_LISTED_MIN:
        return False
    m = TALK_HEADING.match(heading.strip())
    if m is None or not TALK_DASH.fullmatch(heading.strip()[m.end("title"):m.start("who")]):
        return False  # ("Mobilité, par Jean Dupont": the heading says who gives the talk)
    return not candidates(m.group("who"), listed)
