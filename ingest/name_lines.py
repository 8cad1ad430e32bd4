"""Turns written as the speaker's name alone on a line, the words on the lines under it, no colon: the text of a video
transcription, subtitles turned to prose, a Word export or Markdown whose "#### Name" headings were stripped:

    00:04:00
    Maître MAZZA
    Donc, ça fait presque 20 ans que je suis avocate…

A short capitalised line is also a title, a heading, a one-line reply or an entry in a list of participants, so a
line counts only where the text writes its turns that way (`NAME_LINES_MIN` lines, at least `NAME_LINE_SPEAKERS_MIN`
names written so twice or more) and only as a turn's opening: after a blank line, a timestamp or a finished sentence,
over a line of speech (a name over another name is a list). A name written so once holds when the text writes it
elsewhere too ("Jocelyne Chassard" whom the host introduced as "Jocelyne CHASSARD"). A label that gives a surname
alone ("Maître MAZZA") is the person the text names in full ("Christelle MAZZA, avocate à la Cour").
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Label, Line, LineKind, parse_label, section_word
from quidit.ingest.lexicon import (
    ARTICLES,
    CLOCK_LINE,
    END_OF_SENTENCE,
    HONORIFICS,
    NAME_LINE,
    NAME_LINE_CHARS,
    NAME_LINE_SPEAKERS_MIN,
    NAME_LINE_SPEECH_WORDS,
    NAME_LINE_WORDS,
    NAME_LINES_MIN,
    OFFICE_TITLES,
    PARTICLES,
    SPEECH_LINE_END,
    UPPER,
    fold,
    role_of,
)
from quidit.ingest.names import lower_case_words


def _line(text: str, u: Line) -> str:
    return text[u.start:u.end].strip()


def _name(text: str, u: Line) -> Label | None:
    """The person or role a line of its own names, or None: a sentence, a section heading ("Discussion"), a title."""
    s = _line(text, u)
    if u.kind != LineKind.TEXT or not s or len(s) > NAME_LINE_CHARS or NAME_LINE.match(s) is None or section_word(s):
        return None
    return parse_label(s)


def _common(lab: Label, lower: frozenset[str]) -> bool:
    """Every word of the would-be name is one the text also writes in lower case ("Next Steps", "Rires"): no name."""
    words = [w for w in re.findall(r"[\w’'-]+", lab.core) if w.lower() not in PARTICLES and len(w) > 2]
    return lab.role is None and (not words or all(w.lower() in lower for w in words))


def _set_apart(text: str, units: list[Line], i: int) -> bool:
    """The line is the text's first, or a blank line or a timestamp is right above it."""
    return i == 0 or text[max(0, units[i].start - 2):units[i].start] == "\n\n" \
        or CLOCK_LINE.match(_line(text, units[i - 1])) is not None


def _opens(text: str, units: list[Line], i: int, names: dict[int, Label]) -> bool:
    """The line opens a turn: set apart, or right after a finished sentence; not right under another name (the last
    entry of a list of names, over whatever follows the list)."""
    if i - 1 in names:
        return False
    return _set_apart(text, units, i) or END_OF_SENTENCE.search(_line(text, units[i - 1])) is not None


def _speech(text: str, units: list[Line], i: int, names: dict[int, Label]) -> bool:
    """The line under line i is someone's words: text (a "Words: …" line whose words are no name's too: "Alors, du
    coup, on ne dit pas: des malversations…"), not another name (a list), not a timestamp, a sentence or long enough
    to be one; in lower case only under a name set apart (a turn that completes the last one, "et qui rend la
    décision."), else it is a wrapped sentence."""
    j = i + 1
    if j >= len(units) or j in names:
        return False
    u = units[j]
    if not (u.kind == LineKind.TEXT or u.kind == LineKind.LABEL and u.label
            and (parse_label(u.label) is None or len(u.label.split()) > NAME_LINE_WORDS)):
        return False
    s = _line(text, u)
    return CLOCK_LINE.match(s) is None and (not s[:1].islower() or _set_apart(text, units, i)) \
        and (SPEECH_LINE_END.search(s) is not None or len(s.split()) >= NAME_LINE_SPEECH_WORDS)


def _written_elsewhere(folded: str, core: str) -> bool:
    """The text writes this name more than on its own line (an introduction, a list, an address)."""
    return len(re.findall(rf"(?<!\w){re.escape(fold(core))}(?!\w)", folded)) >= 2


def full_name(text: str, surname: str, lower: frozenset[str]) -> str | None:
    """The one full name the text writes for a surname ("MAZZA" -> "Christelle MAZZA"): a capitalised given name
    right before the surname, in any case, that is no honorific, title, article or word the text writes in lower
    case; None when the text writes none or several."""
    if len(surname) < 2 or NAME_LINE.match(surname) is None:
        return None
    given = set()
    for m in re.finditer(rf"(?<![\w’'])([{UPPER}][a-zà-ÿœæ]{{1,30}}(?:-[{UPPER}][a-zà-ÿœæ]{{1,30}})?)[ \t]{{1,3}}((?i:{re.escape(surname)}))(?![\w’'])",
                         text):
        g = m.group(1)
        if g.lower() in lower or g.lower() in HONORIFICS or fold(g) in OFFICE_TITLES or fold(g).rstrip(".") in ARTICLES \
                or role_of(g) is not None:
            continue
        given.add((g, m.group(2)))
    if len({g for g, _ in given}) != 1:
        return None
    g, s = sorted(given)[0]
    return f"{g} {s}"


def name_line_turns(text: str, units: list[Line]) -> set[int]:
    """Mark the lines that open a turn with a name alone (`LineKind.LABEL_ALONE`, `Line.name_line`; `Line.full` the
    full name of a surname-only label) and the timestamps among them (narration that does not end the turn); return
    the indices of the name lines, empty when the text does not write its turns so."""
    names = {i: lab for i, u in enumerate(units) if (lab := _name(text, u)) is not None}
    if len(names) < NAME_LINES_MIN:
        return set()
    lower = lower_case_words(text)
    names = {i: lab for i, lab in names.items() if not _common(lab, lower)}
    turns = {i: lab for i, lab in names.items() if _opens(text, units, i, names) and _speech(text, units, i, names)}
    counts: dict[str, int] = {}
    for lab in turns.values():
        counts[fold(lab.core)] = counts.get(fold(lab.core), 0) + 1
    recurring = {fold(lab.core) for lab in turns.values() if counts[fold(lab.core)] >= 2}
    strong = {fold(lab.core) for lab in turns.values() if lab.strong and fold(lab.core) in recurring}
    if len(turns) < NAME_LINES_MIN or len(recurring) < NAME_LINE_SPEAKERS_MIN or not strong:
        return set()
    folded = fold(text)
    kept = {i for i, lab in turns.items() if fold(lab.core) in recurring
            or lab.strong and lab.role is None and _written_elsewhere(folded, lab.core)}
    fulls: dict[str, str | None] = {}
    for i in kept:
        u, lab = units[i], turns[i]
        u.kind, u.label, u.body, u.structured, u.name_line = LineKind.LABEL_ALONE, _line(text, u), None, True, True
        if lab.role is None and len(lab.core.split()) == 1:
            if lab.core not in fulls:
                fulls[lab.core] = full_name(text, lab.core, lower)
            u.full = fulls[lab.core]
    for u in units:
        if u.kind in (LineKind.TEXT, LineKind.LABEL) and CLOCK_LINE.match(_line(text, u)):  # ("00:04:00" reads as "00: 04:00")
            u.kind, u.aside, u.label, u.body = LineKind.NARRATION, True, None, None
    return kept
