"""Name each speaker by the fullest form the document itself writes for them.

A turn label or a reporting phrase often gives a person by one word ("Rob noted…", "- M. DUMONT :", "Macron :")
while the same document writes the full name elsewhere: the attendance list ("Rob Garvey"), a vote line
("Mme Stéphanie STIERNON"), a hand-over ("je laisse la parole à Bruno Vandeville"), a mention ("Christophe Dumont a
déjà dit…"). A reader cites the person, not the label: when the short form (a first name, a surname, a civility and a
surname, a first name cut short, "Rob" for "Robert") fits exactly one full name the document writes, the speaker is
given that full name and the short form stays an alias (`Participant.labels`), so `--speaker Rob` still finds them.
Never when two people of the document could fit (two Robs, two Dumonts, a Mme for a Monsieur's name), never across
documents, never from a name written only as a topic ("the Rob Ford documentary") — which still counts as a second
Rob.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quidit.ingest.lexicon import (
    APPOSED_TITLE_WORDS,
    ATTENDANCE_STATUS,
    FEMININE_ADDS,
    FULL_NAME_LEAD,
    HEADING_WORDS,
    HONORIFIC_RE,
    LIST_ITEM_SPLIT,
    LIST_ITEM_WORDS,
    LIST_MIN_ITEMS,
    LIST_SHARE,
    MEMBER_TITLE_MAX_WORDS,
    MEMBER_TITLES,
    NAME_JOINS,
    PARTICLES,
    SHORT_NAME_MIN,
    SPEECH_VERB,
    TOPIC_LEADS,
    fold,
    role_of,
)
from quidit.ingest.names import BARE_NAME, HONORIFIC_WORDS, TextNames, honorific_gender, lower_case_words
from quidit.ingest.records import Participant, Sentence

_HONORIFIC_HEAD = re.compile(rf"^\s*({HONORIFIC_RE})\s+(.+?)\s*$")
_LEAD_WORD = re.compile(r"(?<![\w’'])([\w’']+)\s+$")  # the word right before a name ("about Rob Ford")
_HONORIFIC_BEFORE = re.compile(rf"({HONORIFIC_RE})\s+$")
_HONORIFIC_LEAD = re.compile(rf"(?:{HONORIFIC_RE})\s+")
_LIST_HEAD = re.compile(r"^\s*(?:[-*•–—]\s*)?(?:[^:\n]{1,40}:\s*)?")  # a bullet, a heading ("Present:", "Pour :")
CONTEXT_CHARS = 60  # what is read around a name for its place: a hand-over, an honorific, a verb (never a whole line)
MAX_NAME_WORDS = 4  # a full name has two to four words besides particles ("María Olaia Fernández Dávila")


@dataclass(frozen=True)
class Written:
    """A full name the document writes: its form, its name tokens, the gender of an honorific before it, and whether
    it may lend its form (a participant, a person in the text) or only makes a short form ambiguous (a topic)."""
    name: str
    tokens: tuple[str, ...]
    gender: str | None
    lends: bool


def _written_in_text(text: str) -> tuple[list[Written], list[set[str]]]:
    """Each run of two to four name words (title case or capitals: "Stéphanie STIERNON") on one line, a word the
    text also writes in lower case, an organisation word, an honorific or a title cutting it ("Merci Christophe":
    "merci" is a word of the text), a join word parting two people ("Gil y Pugh"), a capitalised acronym before a
    name ("BSCI Rob Garvey"); with the items of each list line (`_key`s), people listed apart."""
    judge = TextNames([], lower_case_words(text), frozenset())
    known: dict[str, bool] = {}  # word -> `_name_word`: a long list repeats its words
    out: list[Written] = []
    apart: list[set[str]] = []  # the items of each list line: people listed apart ("Deepak, Fluet", "Anne-Marie, Marie")
    for line in text.split("\n"):
        items = _list_items(line)
        if len(items) > 1:
            apart.append(_one_word_items(items))
        for m in BARE_NAME.finditer(line):
            words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
            seg: list[tuple[int, str]] = []
            for at, w in [*words, (-1, "")]:
                if w and w not in known:
                    known[w] = _name_word(judge, w)
                if w and (w.lower() in PARTICLES and w.lower() not in NAME_JOINS and seg or known[w]):
                    seg.append((at, w))
                    continue
                while seg and seg[-1][1].lower() in PARTICLES:
                    seg.pop()
                if len(seg) > 2 and seg[0][1].isupper() and not any(x.isupper() for _, x in seg[1:]):
                    seg = seg[1:]  # "BSCI Rob Garvey": an acronym, then a name in title case
                core = [x for _, x in seg if x.lower() not in PARTICLES]
                if 2 <= len(core) <= MAX_NAME_WORDS:
                    start = m.start(1) + seg[0][0]
                    name = " ".join(x for _, x in seg)
                    out.append(_written(name, line[max(0, start - CONTEXT_CHARS):start],
                                        line[start + len(name):start + len(name) + CONTEXT_CHARS], start in items))
                seg = []
    return [w for w in out if not any(w.tokens[0] in one and w.tokens[-1] in one for one in apart)], apart


def _key(name: str) -> str:
    """A name's tokens as one word, hyphens and spaces aside ("Anne-Marie" and "Anne Marie" are one key)."""
    return "".join(_tokens(name)).replace("-", "")


def _one_word_items(items: dict[int, str]) -> set[str]:
    """The keys of a list line's items, their name words only ("Present: Carnes, Deepak, Rob Garvey (Treasurer)" ->
    carnes, deepak, robgarvey)."""
    out = set()
    for item in items.values():
        words = [w for w in item.rstrip(".").split()[:MAX_NAME_WORDS] if w[:1].isupper()]
        if words and (key := _key(" ".join(words))):
            out.add(key)
    return out


def _name_word(judge: TextNames, w: str) -> bool:
    """A word of a person's name: `TextNames.name_word`, capitals read as title case ("STIERNON"), never a plural
    honorific ("Mmes", "Messrs"), an attendance mark or an office ("Treasurer")."""
    if fold(w).rstrip(".").rstrip("s") in HONORIFIC_WORDS or ATTENDANCE_STATUS.match(w) \
            or fold(w) in APPOSED_TITLE_WORDS or fold(w) in HEADING_WORDS:
        return False  # ("Mmes CHOTARD", "Michel LEBLANC Absente", "Treasurer Report")
    return judge.name_word(w.title() if w.isupper() else w)


def _list_items(line: str) -> dict[int, str]:
    """Where the name items of a line that lists people start, and their text ("Present: Rob Garvey, Matthew McLean
    (Treasurer)"; "Date : 12 mai Présents : Anne, Marie, Paul" as the cleaning joins lines; a name alone on its line
    is a list of one): a line of three items or more, three in four of them a few capitalised words
    (`LIST_ITEM_WORDS`), or a line that is one such item. Empty for a line of prose."""
    head = _LIST_HEAD.match(line)
    at = head.end() if head else 0
    items: dict[int, str] = {}
    total = 0
    for m in [*LIST_ITEM_SPLIT.finditer(line, at), None]:
        end = m.start() if m else len(line)
        item = line[at:end].strip()
        if item:
            total += 1
            first = line.index(item, at)
            if len(item.split()) <= LIST_ITEM_WORDS and item[0].isupper():
                h = _HONORIFIC_LEAD.match(item)
                items[first + (h.end() if h else 0)] = item[h.end():] if h else item
        at = m.end() if m else at
    if total == 1 and len(items) == 1 or len(items) >= LIST_MIN_ITEMS and len(items) >= LIST_SHARE * total:
        return items
    return {}


def _written(name: str, before: str, after: str, listed: bool) -> Written:
    """A full name and where it stands: alone or as an item of a list line, after an honorific, after a hand-over or
    a self-introduction (`FULL_NAME_LEAD`), before a speech verb ("Christophe Dumont a déjà dit…"), it is a person
    of the document and may lend its form; anywhere else (after "the", "about", "sur"…, `TOPIC_LEADS`, or in
    passing) it only makes a short form ambiguous."""
    h = _HONORIFIC_BEFORE.search(before)
    lead = _LEAD_WORD.search(before)
    topic = h is None and lead is not None and fold(lead.group(1)) in TOPIC_LEADS
    spoke = SPEECH_VERB.match(after.lstrip(" ,")) is not None and after[:1] in (" ", ",")
    lends = FULL_NAME_LEAD.search(before) is not None or not topic and (listed or h is not None or spoke)
    return Written(name, _tokens(name), honorific_gender(h.group(1)) if h else None, lends)


def _fits(short: tuple[str, ...], bare: bool, full: tuple[str, ...]) -> bool:
    """Whether a short form's tokens can stand for a full name's: its first name (bare short forms only), a first
    name cut short ("rob" / "robert", not "jean" / "jeanne"), or a run of its surnames ("araya" in "pedro araya
    guerrero", "stiernon")."""
    k = len(short)
    if len(full) <= k:
        return False
    if bare and full[:k] == short:
        return True
    if bare and k == 1 and _cut_from(short[0], full[0]):
        return True
    return any(full[i:i + k] == short for i in range(1, len(full) - k + 1))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two written full names of one person: one's tokens hold the other's ("Pedro Araya" / "Pedro Araya Guerrero"),
    or one surname and a first name cut from the other's ("Rob Garvey" / "Robert Garvey")."""
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    return a[1:] == b[1:] and (_cut_from(a[0], b[0]) or _cut_from(b[0], a[0]))


def _cut_from(short: str, first: str) -> bool:
    """A first name cut short from another, not the other's feminine form ("rob" / "robert", not "jean" / "jeanne")."""
    return len(short) >= SHORT_NAME_MIN and first != short and first.startswith(short) \
        and first[len(short):] not in FEMININE_ADDS


def _tokens(name: str) -> tuple[str, ...]:
    """A name's words, folded, a hyphenated one kept one word ("Anne-Marie" is not "Marie"), without particles,
    honorifics or initials."""
    words = (fold(w).strip(".‘’'\"“”()").replace(" ", "-") for w in name.split())
    return tuple(w for w in words if len(w) > 1 and w not in PARTICLES and w.rstrip("s") not in HONORIFIC_WORDS)


def fullest(short: str, written: list[Written], judge: TextNames, apart: list[set[str]] = (),
            gender: str | None = None) -> str | None:
    """The one full name the document writes that `short` stands for, in its fullest form; None when the short form
    is no one-word name (a role, initials, a word of the text) or when none or two people fit. A full name listed
    on one line with the short form itself ("Présents : Anne-Marie, Marie") is someone else; `gender`, the short
    form's person's when its honorific does not say it, rules out a full name of the other one."""
    m = _HONORIFIC_HEAD.match(short)
    head, rest = (m.group(1), m.group(2)) if m else (None, short.strip())
    titled = _titled(short) if m is None else None
    if titled is not None:  # "Member Kattouw": an office title before the surname, which it is, as after "Mr"
        rest = titled
    elif " " in rest or role_of(short) is not None or role_of(rest) is not None:
        return None
    toks = _tokens(rest)
    if not toks or len("".join(toks)) < SHORT_NAME_MIN or any(t.isdigit() for t in toks):
        return None
    if not _name_word(judge, rest):
        return None
    gender = (honorific_gender(head) if head else None) or gender
    own = _key(rest)
    fits = [w for w in written if _fits(toks, head is None and titled is None, w.tokens) and _titled(w.name) is None
            and not (gender and w.gender and w.gender != gender)
            and not any(own in keys and _key(w.name) in keys for keys in apart)]
    if not fits or not all(_same_person(a.tokens, b.tokens) for a in fits for b in fits):
        return None
    lending = [w for w in fits if w.lends]
    if not lending:
        return None
    return max(lending, key=lambda w: (len(w.tokens), len(w.name))).name


def _titled(short: str) -> str | None:
    """The surname of a short form that is a board's title and one word ("Member Kattouw", "Vice Chair Bafundo"), as
    `titled_members` names the people its minutes title so; else None."""
    words = short.split()
    return words[-1] if 2 <= len(words) <= MEMBER_TITLE_MAX_WORDS + 1 and fold(" ".join(words[:-1])) in MEMBER_TITLES else None


def name_in_full(text: str, sentences: list[Sentence], participants: list[Participant]) -> dict[str, str]:
    """Rename each short-form speaker of the sentences (and its participant) to the full name the document writes
    for them; returns {short: full}. A participant already listed under the full name takes the short one's alias
    and the short one is dropped (one person, one entry)."""
    speakers = list(dict.fromkeys(s.speaker for s in sentences if s.speaker))
    if not speakers:
        return {}
    judge = TextNames([], lower_case_words(text), frozenset())
    # the attendance list's absent people never speak: their full names lend nothing, and still make a short form
    # ambiguous ("Madame LASSERRE Anne" excused, "Monsieur LASSERRE" speaks)
    absent = {frozenset(_tokens(p.name)) for p in participants if p.session_role == "absent"}
    written = [Written(p.name, _tokens(p.name), p.gender, p.session_role != "absent") for p in participants
               if 2 <= len(_tokens(p.name))]
    written += [Written(s, _tokens(s), None, True) for s in speakers
                if " " in s.strip() and _HONORIFIC_HEAD.match(s) is None and role_of(s) is None]
    in_text, apart = _written_in_text(text)
    written += [w if frozenset(w.tokens) not in absent else Written(w.name, w.tokens, w.gender, False) for w in in_text]
    genders = {p.name: p.gender for p in participants if p.gender}
    renamed: dict[str, str] = {}
    for s in speakers:
        full = fullest(s, written, judge, apart, genders.get(s))
        if full and fold(full) != fold(s):
            renamed[s] = full
    if not renamed:
        return {}
    for s in sentences:
        if s.speaker in renamed:
            s.speaker = renamed[s.speaker]
    for short, full in renamed.items():
        holder = next((p for p in participants if p.name == full), None)
        for p in [p for p in participants if p.name == short]:
            if holder is None:
                p.name, holder = full, p
            else:
                participants.remove(p)
                holder.gender = holder.gender or p.gender
                holder.honorific = holder.honorific or p.honorific
                holder.labels += [lab for lab in p.labels if lab not in holder.labels]
            if short not in holder.labels:
                holder.labels.append(short)
        if holder is not None and short not in holder.labels:
            holder.labels.append(short)
    return renamed
