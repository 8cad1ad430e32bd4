"""Parse the participants list at the top of a transcript.

Headings name the session role ("Présidents de séance", "Les intervenants",
"Animation de séance"); under each, an entry starts on a line that opens with a
name followed by a comma: "Name, role, organisation, place".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quidit.ingest.cleaning import CleanText
from quidit.ingest.lexicon import (
    _PART,
    CONTINUES,
    COVER_NAME_TOKEN,
    COVER_NAME_WORDS,
    DOT_LABEL,
    HEADING_PAR,
    HONORIFIC_RE,
    LABEL_TITLES,
    NAME_TOKEN,
    ORG_ARTICLE_LEAD,
    ORG_FOLDED,
    ORG_INSIDE,
    PARTICLES,
    REPRESENTED,
    ROSTER_HEADING_SPLIT,
    ROSTER_HEADINGS,
    ROSTER_TITLE_LINE,
    SPEECH_VERB,
    fold,
    role_in,
    role_of,
    title_gender,
)
from quidit.ingest.names import honorific_gender, trim_name
from quidit.ingest.records import Participant

ENTRY_START = re.compile(rf"^(?:{HONORIFIC_RE}\s+)?({NAME_TOKEN}(?:\s+(?:(?:{_PART})\s+){{0,2}}{NAME_TOKEN})+)\s*,")


@dataclass
class Roster:
    participants: list[Participant]
    end: int  # offset in the cleaned text where the roster block ends (0 when none)


def _lines(ct: CleanText) -> list[tuple[int, int]]:
    starts = ct.line_starts + [len(ct.text)]
    out = []
    for a, b in zip(starts, starts[1:]):
        seg = ct.text[a:b]
        out.append((a, a + len(seg.rstrip())))
    return out


def split_heading(line: str) -> tuple[str | None, str]:
    """("moderator", "Nadia B., journaliste") for "Animée par : Nadia B., journaliste"; (role, "") for a bare heading."""
    role = heading_role(line)
    if role:
        return role, ""
    m = ROSTER_HEADING_SPLIT.match(line.strip())
    if m:
        head = m.group(1) + (" par" if HEADING_PAR.search(line[len(m.group(1)):len(m.group(1)) + 6]) else "")
        role = heading_role(head) or heading_role(m.group(1))
        if role and ENTRY_START.match(m.group(2) + ("" if "," in m.group(2) else ",")):
            return role, m.group(2)
    return None, line


def heading_role(line: str) -> str | None:
    line = line.strip().rstrip(":").strip()
    if len(line) > 60 or "," in line:
        return None
    for pattern, role in ROSTER_HEADINGS:
        if pattern.search(line):
            return role
    return None


def _split_top(s: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in s:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def _is_place(seg: str) -> bool:
    words = seg.rstrip(".").split()
    return 0 < len(words) <= 3 and all(w[0].isupper() or w.lower() in PARTICLES for w in words) and not any(
        fold(w) in ORG_FOLDED for w in words)


def _is_org(seg: str) -> bool:
    first = seg.split()[0] if seg.split() else ""
    return fold(first) in ORG_FOLDED or (first.isupper() and len(first) > 1)


def parse_entry(entry: str, session_role: str | None = None, in_roster: bool = True) -> list[Participant]:
    """"Name, role, organisation, place" -> participant(s); a representative is a participant too."""
    entry = re.sub(r"\s+", " ", entry).strip().rstrip(".").strip()
    rep = REPRESENTED.search(entry)
    extra: list[Participant] = []
    if rep:
        entry = entry[: rep.start()].strip().rstrip(",")
    segs = _split_top(entry)
    m = re.match(rf"^(?:({HONORIFIC_RE})\s+)?(.*)$", segs[0])
    name = trim_name(m.group(2).strip())
    rest = segs[1:]
    place = rest.pop() if len(rest) >= 2 and _is_place(rest[-1]) else None
    role_parts, org_parts = [], []
    for seg in rest:
        (org_parts if org_parts or _is_org(seg) else role_parts).append(seg)
    role = ", ".join(role_parts) or None
    org = ", ".join(org_parts) or None
    if role and not org:
        inside = ORG_INSIDE.search(role)
        if inside:
            role, org = role[: inside.start()].strip(), role[inside.end():].strip()
    if org:
        org = ORG_ARTICLE_LEAD.sub("", org)
    p = Participant(name=name, role=role, organization=org, place=place, session_role=session_role, in_roster=in_roster,
                    gender=honorific_gender(m.group(1)) if m.group(1) else title_gender(role))
    if rep:
        for r in parse_entry(rep.group(1), session_role, in_roster):
            r.represents = r.represents or name
            extra.append(r)
    return [p] + extra


def _looks_like_name(seg: str) -> bool:
    words = seg.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() or w.lower() in PARTICLES for w in words) \
        and role_of(seg) is None and role_in(" " + seg) is None and not _is_org(seg) and not _has_org_word(seg)


def _has_org_word(seg: str) -> bool:
    return any(fold(w) in ORG_FOLDED for w in seg.split())


def _inline_entries(inline: str, start: int) -> list[tuple[int, int]]:
    """The spans of the entries an inline heading gives: one "Name, role, organisation" entry, or several people
    when every comma part is a name of two to four capitalised words ("Daniel Appelquist, Peter Linss")."""
    parts = [m for m in re.finditer(r"[^,]+", inline) if m.group(0).strip()]
    if len(parts) >= 2 and all(_looks_like_name(m.group(0).strip().rstrip(".")) for m in parts):
        return [(start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), start + m.end()) for m in parts]
    return [(start, start + len(inline))]


def _verb_from(text: str, a: int, para_end: int, last_verb: dict[int, int]) -> bool:
    """Whether a speech verb stands in text[a:para_end]: the paragraph is searched once, not once per line of it (a
    70,000-character paragraph of entry-like lines took half a minute)."""
    if para_end not in last_verb:
        start = text.rfind("\n\n", 0, a)
        last_verb[para_end] = max((m.start() for m in SPEECH_VERB.finditer(text, 0 if start < 0 else start + 2, para_end)), default=-1)
    return last_verb[para_end] >= a


def parse_roster(ct: CleanText) -> Roster:
    lines = _lines(ct)
    entries: list[tuple[str, list[tuple[int, int]]]] = []  # (session role, line spans)
    role: str | None = None
    end = 0
    limit = len(ct.text) // 2
    last_verb: dict[int, int] = {}  # paragraph end -> where its last speech verb starts (-1: none), read once
    for a, b in lines:
        if a > limit:
            break
        text = ct.text[a:b]
        h, inline = split_heading(text)
        if h:
            role, end = h, b
            if inline:  # "Animée par : Nadia B., journaliste"
                for x, y in _inline_entries(inline, b - len(inline)):  # "Chairs: Daniel Appelquist, Peter Linss"
                    entries.append((role, [(x, y)]))
            continue
        if entries and ROSTER_TITLE_LINE.match(text) and not ENTRY_START.match(text):
            break  # "Scribes: Domenic Denicola, …" after the list: another kind of line, not this entry's tail
        if role is None:
            continue
        if DOT_LABEL.match(text):
            break  # "M. le président. La séance est ouverte.": the debate's first turn, the roster is over
        para_gap = "\n\n" in ct.text[end:a]
        para_end = ct.text.find("\n\n", a)
        # "Monsieur X, titre, introduit la conférence" is prose, "M. X, titre, organisation" an entry
        starts = ENTRY_START.match(text) and not _verb_from(ct.text, a, para_end if para_end >= 0 else len(ct.text), last_verb)
        if para_gap and not starts:
            break  # prose after the roster
        prev_text = ct.text[entries[-1][1][-1][0]:entries[-1][1][-1][1]] if entries else ""
        entry_so_far = " ".join(ct.text[x:y] for x, y in entries[-1][1]) if entries else ""
        open_paren = entry_so_far.count("(") > entry_so_far.count(")")  # "(représenté par\nMonsieur X, ...)"
        if starts and (not entries or para_gap or entries[-1][0] != role
                       or not (CONTINUES.search(prev_text) or open_paren)):
            entries.append((role, [(a, b)]))
        elif entries:
            entries[-1][1].append((a, b))
        else:
            continue
        end = b
    participants: list[Participant] = []
    for session_role, spans in entries:
        text = " ".join(ct.text[a:b] for a, b in spans)
        participants.extend(parse_entry(text, session_role))
    return Roster(participants, end if participants else 0)


def cover_full_name(lines: list[str], surname: str) -> str | None:
    """The one full name a cover page's lines give for a label's surname ("MS. MILLER:" -> "Nancy Miller" from the
    line "Nancy Miller, LSMW"; "SENATOR VALESKY:" -> "David J. Valesky" from "Senator David J. Valesky"): the
    surname among a line's first words, after titles and one to three given names or initials only; None when no
    line, or lines naming two people, give it."""
    key = fold(surname).strip()
    found: dict[str, str] = {}
    for line in lines:
        words = [w.rstrip(",;") for w in line.split()[:COVER_NAME_WORDS]]
        at = next((k for k, w in enumerate(words) if k and fold(w) == key), None)
        if at is None:
            continue
        head = words[:at]
        while head and fold(head[0]).rstrip(".") in LABEL_TITLES:
            head = head[1:]  # "Senator", "Hon.", "Dr."
        if not 1 <= len(head) <= 3 or not all(COVER_NAME_TOKEN.fullmatch(w) for w in head):
            continue
        name = " ".join(head + [words[at]])
        name = name.title() if name.isupper() else name
        found.setdefault(fold(name), name)
    return next(iter(found.values())) if len(found) == 1 else None
