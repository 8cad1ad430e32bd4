"""Scribe minutes in the W3C / IRC tradition, and transcripts labelled with lower-case IRC nicks.

A scribe writes "nick: what they said", carries a turn on with "... more", and types commands to the minuting
bots ("Topic: …", "ScribeNick: x", "q+"); an IRC log adds "<nick>" before each line. These readers mark each line
(`Line.kind`, `Line.label`) before ingest.attribution decides who speaks.
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    END_OF_SENTENCE,
    HONORIFICS,
    IRC_INNER_LABEL,
    IRC_NICK,
    NICK_CROWD_SHARE,
    NICK_STYLE_MAX_LABELS,
    NICK_STYLE_MIN_LABELS,
    NICK_STYLE_MIN_TURNS,
    NOT_SPEAKERS,
    SCRIBE_ACTION,
    SCRIBE_BOTS,
    SCRIBE_CHATTER,
    SCRIBE_COMMANDS,
    SCRIBE_CONTINUATION,
    SCRIBE_HEADINGS,
    SCRIBE_LINE,
    SCRIBE_NICK,
    SCRIBE_REMARK,
    SCRIBE_SELF,
    SCRIBE_TURN,
    fold,
    role_of,
)
from quidit.ingest.names import nick_person, resolve
from quidit.ingest.records import Participant


def scribe_style(text: str, units: list[Line]) -> bool:
    """Scribe minutes in the W3C/IRC tradition: turns carried on by "... " lines under "nick: " labels."""
    cont = turns = 0
    for u in units:
        s = text[u.start:u.end]
        cont += SCRIBE_CONTINUATION.match(s) is not None
        turns += SCRIBE_TURN.match(s) is not None
    return cont >= 3 and turns >= 3


def nick_labels(text: str, units: list[Line], roster_end: int = 0, listed: list[Participant] | None = None) -> set[str]:
    """The lower-case nicks a transcript labels its turns with ("stark: …", "adam3us: …"), when that is the
    document's label style: the same few one-word lower-case labels open several lines, each at least
    NICK_STYLE_MIN_TURNS times, and the text does not write them as words of its prose more often than as labels.
    Once that style holds, a nick that opens one turn only is one too when it fits one `listed` person ("hopper:"
    for Grace Hopper, "ada1815:" for Ada Lovelace) or names a role ("moderator:"). In the minutes of a crowd
    (`_crowd_of_nicks`) every lower-case label the text writes as a label more often than as a word is a nick, once
    or without a stop; in any text whose lines are mostly nick turns, one with several turns and no stop is one too.
    Words that are never people ("note", "update", "todo", "http", the scribe's commands) do not count. Empty
    otherwise, so a lower-case word that opens a line of prose stays text."""
    counts: dict[str, int] = {}
    spoken: dict[str, int] = {}
    for u in units:
        if u.kind != LineKind.LABEL or not u.label or u.end <= roster_end or u.body is None:
            continue
        word = u.label.strip()
        if not word[:1].islower() or SCRIBE_NICK.match(word) is None or not opens_turn(text, u) \
                or re.match(r"\s*[*•▪◦-]\s", text[u.start:u.end]):
            continue  # "* deps: update v8 …": a list item (a commit's title), not a turn
        key = fold(word)
        if key in NOT_SPEAKERS or key in SCRIBE_COMMANDS or key in SCRIBE_HEADINGS or key in SCRIBE_SELF \
                or key in HONORIFICS or not text[u.body:u.end].strip():
            continue
        counts[key] = counts.get(key, 0) + 1
        spoken[key] = spoken.get(key, 0) + (END_OF_SENTENCE.search(text[u.body:u.end]) is not None)
    # a nick says sentences: "doc: update COLLABORATOR_GUIDE #2638" twice over is a title, not someone's turns
    nicks = {k for k, n in counts.items() if n >= NICK_STYLE_MIN_TURNS and spoken[k]}
    folded = fold(text)
    prose = {k: len(re.findall(rf"(?<![\w\n]){re.escape(k)}(?![\w:])", folded)) for k in counts}  # the word, not a label
    nicks = {k for k in nicks if prose[k] < counts[k]}
    crowd = len(nicks) > NICK_STYLE_MAX_LABELS
    if len(nicks) < NICK_STYLE_MIN_LABELS or crowd and not _crowd_of_nicks(text, units, roster_end,
                                                                        sum(counts[k] for k in nicks)):
        return set()
    if crowd:  # minutes typed live at an assembly: short turns without a stop ("andres: un detalle"), people who speak
        # once ("serena: tambien en italiano"); a label is a nick when the text writes the word as a label more often
        return nicks | {k for k in counts if prose[k] < counts[k]}
    if _crowd_of_nicks(text, units, roster_end, sum(counts[k] for k in nicks)):  # a conversation of nicks, however few:
        # a nick whose turns all end without a stop ("andres: un detalle", "andres: les aviso") speaks too
        nicks |= {k for k, n in counts.items() if n >= NICK_STYLE_MIN_TURNS and prose[k] < n}
    live = [p for p in listed or [] if p.session_role != "absent"]
    once = {k for k in counts if k not in nicks and spoken[k] and (role_of(k) is not None or nick_person(k, live) is not None
                                                                    or resolve(k, live) is not None)}
    return nicks | once


def _crowd_of_nicks(text: str, units: list[Line], roster_end: int, turns: int) -> bool:
    """Whether the nicks' turns are most of the text's lines after the roster (NICK_CROWD_SHARE): minutes typed live
    at a meeting of many people, where more nicks than NICK_STYLE_MAX_LABELS still are the label style."""
    lines = sum(1 for u in units if u.end > roster_end and text[u.start:u.end].strip())
    return bool(lines) and turns >= NICK_CROWD_SHARE * lines


def opens_turn(text: str, u: Line) -> bool:
    """A line that may open a turn: it starts a line of the cleaned text, or the text before it ended a sentence
    (wrapped lines are joined, so "… what we said about the\nada1815: notes …" goes on mid-sentence)."""
    return not u.start or text[u.start - 1] == "\n" or re.search(r"[.!?…»\"”)]\s*$", text[max(0, u.start - 3):u.start]) is not None


def _scribes(text: str, units: list[Line]) -> set[str]:
    """The scribes' nicks and first names: "ScribeNick: dom", "Scribe: cabanier, dom", "Scribes: Domenic Denicola"."""
    out: set[str] = set()
    for k, u in enumerate(units):
        m = SCRIBE_LINE.match(text[u.start:u.end])
        if not m:
            continue
        rest = m.group(1).strip() or (text[units[k + 1].start:units[k + 1].end] if k + 1 < len(units) else "")
        out |= {fold(x.split()[0]) for x in rest.split(",") if x.split()}
    return out


def scribe_lines(text: str, units: list[Line]) -> None:
    """Scribe minutes: bot commands and chatter are narration, "Topic:" a heading, "scribe:" the turn going on,
    and "<scribe> Name: words" (the scribe minuting someone on IRC) is Name's turn."""
    scribes = _scribes(text, units)
    for u in units:
        s = text[u.start:u.end]
        if SCRIBE_ACTION.match(s):
            u.kind, u.aside = LineKind.NARRATION, True  # "* jswisher is in the channel": an IRC /me action
            continue
        irc = IRC_NICK.match(s)
        if irc and u.kind == LineKind.LABEL:
            u.label = irc.group("nick")  # "<@renoirb>": the channel-mode sign is not part of the nick
            author = fold(irc.group("nick")).rstrip("_")
            body = s[irc.end():]
            inner = IRC_INNER_LABEL.match(body)
            if author in SCRIBE_BOTS or SCRIBE_CHATTER.match(body) or SCRIBE_REMARK.match(body):
                u.kind, u.aside = LineKind.NARRATION, True  # "+present", "[crickets]", "dka talks about …"
                continue
            if inner and "//" not in body[:inner.end() + 2] and (author in scribes or fold(inner.group("label")) == author
                                                                   or fold(inner.group("label")) in SCRIBE_COMMANDS | SCRIBE_HEADINGS):
                u.label, u.body = inner.group("label"), u.start + irc.end() + inner.end()
        if u.kind not in (LineKind.LABEL, LineKind.LABEL_ALONE) or not u.label:
            continue
        word = fold(u.label).strip()
        if word in SCRIBE_SELF:
            u.kind = LineKind.TEXT
        elif word in SCRIBE_HEADINGS:
            u.kind = LineKind.HEADING
        elif word in SCRIBE_COMMANDS:
            u.kind = LineKind.NARRATION


def scribe_heading(s: str) -> bool:
    """A line of scribe minutes that is a topic, an agenda item or a footer: it opens with a capital and is not a
    sentence (the scribe's own lines are lower case or end like a sentence)."""
    s = s.strip()
    return bool(s) and not SCRIBE_CONTINUATION.match(s) and (s[0].isupper() or s[0] == "[") \
        and not re.search(r"[.!?…:;,]$", s) and len(s.split()) <= 20
