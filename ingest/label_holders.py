"""Who a role label is, when an interview transcript's metadata says so.

A research interview labels its turns by role ("Entrevistadora:", "Interviewee:", "R:") and names the people only in
its header: a line with the same label and a name for its words ("Entrevistada: Marta Ríos", "Interviewee: Grace Kim
(pseudonym)"), or one pseudonym field ("Seudónimo: Marta Ríos") for the one person interviewed. The role's turns are
then that person's; the header line is the record's, not a turn. A transcript that labels its turns by first name
("BETTY:", "Vero:") names the people in full in that header ("Entrevistadora: Betty Huerta", a title "Vero Saldaña"):
the short label is that person, never a second one. A transcript that labels a turn by a role alone ("THE PRESIDENT:",
"LE PRÉSIDENT :", "EL PRESIDENTE:") may name its holder only in its title line, with the role's word before the name
("Remarks by President Biden in a CNN Town Hall"). A transcript whose turns are "Q:" and "A:" names both people in
its title line or byline ("Interview with Marie Curie, physicist, by John Smith", "Interview by John Smith").
"""
from __future__ import annotations

import re

from quidit.ingest.interview import title_name
from quidit.ingest.labels import Label, Line, LineKind
from quidit.ingest.lexicon import (
    HOLDER_CHARS,
    HOLDER_NAME_WORDS,
    HOLDER_NOTE,
    HONORIFICS,
    INTERVIEW_BYLINE,
    INTERVIEW_TITLE_BY,
    INTERVIEWEE_LABELS,
    NAME_RE,
    PSEUDONYM_FIELD,
    QUOTED_NICKNAME,
    TITLE_LINE_CHARS,
    UPPER,
    Role,
    fold,
    role_of,
)
from quidit.ingest.names import TextNames
from quidit.ingest.records import Participant

_NAME = re.compile(NAME_RE)
_FIRST_WORD = re.compile(r"[ \t]*([^\W\d_]{1,40})")  # the first word after a label's colon (bounded)


def holder_name(words: str, least: int = 2) -> str | None:
    """"Grace Kim" for the words "Grace Kim (pseudonym)" or "Marta Ríos": a name of `least` words or more and nothing
    else (no sentence, no final stop); else None."""
    if len(words) > HOLDER_CHARS:
        return None  # a turn's words, not a name (and no regex over a long line)
    s = HOLDER_NOTE.sub("", words.strip()).strip()
    if not _NAME.fullmatch(s) or not least <= len(s.split()) <= HOLDER_NAME_WORDS or role_of(s) is not None:
        return None
    return s


def _rename(p: Participant, name: str) -> None:
    if p.name not in p.labels:
        p.labels.append(p.name)  # the role label still means them
    p.name = name


def header_holders(text: str, units: list[Line], kept: dict[int, Label], people: dict[int, Participant]) -> None:
    """A role label's line in the header whose words are only a name ("Entrevistadora: Lucía Paredes") names the
    holder of the role's later turns; that line becomes narration. The header ends at the first labelled turn whose
    words are not a name."""
    named: dict[int, str] = {}
    for i in sorted(kept):
        u = units[i]
        if u.kind != LineKind.LABEL or u.body is None or i not in people:
            continue
        name = holder_name(text[u.body:u.end])
        if name is None:
            break  # the first turn: the header is over
        if kept[i].role is not None:
            named[i] = name
    for i, name in named.items():
        p = people[i]
        if role_of(p.name) is None or not any(j > i and people.get(j) is p for j in kept):
            continue  # a role already tied to a named person, or a label with no turn after the header
        _rename(p, name)
        units[i].kind, units[i].label, units[i].body = LineKind.NARRATION, None, None
        del people[i]


def _office_words(label: str) -> set[str]:
    """A label's words, folded, its honorifics aside: "PRESIDENTA SEÑORA MINISTRA" and "MINISTRA PRESIDENTA" match."""
    return {fold(w) for w in label.split() if w.lower() not in HONORIFICS}


def heading_holders(text: str, units: list[Line], kept: dict[int, Label], people: dict[int, Participant],
                    participants: list[Participant]) -> None:
    """An attendance list that heads an office with a line of its own and its holder's name on the next
    ("PRESIDENTA SEÑORA MINISTRA:" / "NORMA LUCÍA PIÑA HERNÁNDEZ"): the turns labelled with the heading's words, in
    any order ("SEÑORA MINISTRA PRESIDENTA:"), are the holder's. Only an office (a role word among the heading's
    words) over one name, before the first turn."""
    first = min((i for i in kept if units[i].kind == LineKind.LABEL), default=len(units))
    lines = [k for k in range(first) if units[k].end > units[k].start]
    for a, b, c in zip(lines, lines[1:], lines[2:] + [first]):
        heading = text[units[a].start:units[a].end].strip()
        if not heading.endswith(":") or not any(role_of(w) is not None for w in heading[:-1].split()):
            continue
        name = holder_name(text[units[b].start:units[b].end])
        if name is None or c < first and holder_name(text[units[c].start:units[c].end]) is not None:
            continue  # no name under the heading, or a list of several
        holder = next((q for q in participants if fold(q.name) == fold(name)), None)
        words = _office_words(heading[:-1])
        for j in kept:
            if j > a and _office_words(kept[j].name) == words:
                if holder is not None:
                    people[j] = holder
                elif j in people:
                    _rename(people[j], name)


def pseudonym_holder(text: str, units: list[Line], people: dict[int, Participant]) -> None:
    """One pseudonym field ("Seudónimo: Marta Ríos", "Pseudonym: Mark Oduya") that names no labelled person yet (a
    participant code's turns may have taken it), and one role label for the person interviewed ("Entrevistada:",
    "R:", "Participant:"): that label's turns are the pseudonym's."""
    names = {holder_name(m.group("name"), 1) for m in PSEUDONYM_FIELD.finditer(text)} - {None} \
        - {p.name for p in people.values()}
    interviewed = {id(p): p for i, p in people.items() if units[i].label and role_of(p.name) is not None
                   and (role_of(p.name) == Role.INTERVIEWEE or fold(p.name).strip(" .:") in INTERVIEWEE_LABELS)}
    if len(names) == 1 and len(interviewed) == 1:
        _rename(next(iter(interviewed.values())), names.pop())


def header_first_names(text: str, units: list[Line], people: dict[int, Participant], participants: list[Participant]) -> None:
    """A one-word label that names no one yet ("BETTY:", "Vero:") is the one person the header (the text before the
    first turn a name labels) writes in full with that first name ("Entrevistadora: Betty Huerta", "Vero Saldaña").
    A role's line in that header whose words open with that first name ("Entrevistadora: Betty (…) - desde Holanda")
    is one more field of the header, not a turn, and says the person's role; a nickname label ("Bob:") is the one
    person the header names with it in quotes ('Robert "Bob" Smith'); a participant already of that name (the
    role's holder `header_holders` named) takes the label's turns: one person, never two."""
    turns = [i for i in sorted(people) if not (units[i].label and role_of(units[i].label) is not None)]
    if not turns or units[turns[0]].start == 0:
        return
    header_end = units[turns[0]].start
    short = {id(p): p for i in turns if " " not in (p := people[i]).name.strip() and p.name.strip().isalpha()
             and role_of(p.name) is None}
    if not short:
        return
    names = TextNames.of(text[:header_end], [u.start for u in units if u.start < header_end])
    nicknamed: dict[str, set[str]] = {}  # 'Robert "Bob" Smith' in the header: "bob" -> {"Robert Smith"}
    for m in QUOTED_NICKNAME.finditer(text, 0, header_end):
        nicknamed.setdefault(fold(m.group("nick")), set()).add(f"{m.group('given')} {m.group('surname')}")
    for p in short.values():
        full = names.full_name(p.name.strip(), header_end)
        if full is None or fold(full.split()[0]) != fold(p.name.strip()):
            nick = nicknamed.get(fold(p.name.strip()), set())
            full = next(iter(nick)) if len(nick) == 1 else None
        if full is None:
            continue
        target = next((q for q in participants if q is not p and fold(q.name) == fold(full)), None) or p
        fields = [i for i in sorted(people) if i < turns[0] and units[i].kind == LineKind.LABEL
                  and units[i].body is not None and role_of(units[i].label) is not None
                  and (m := _FIRST_WORD.match(text, units[i].body, units[i].end)) and fold(m.group(1)) == fold(full.split()[0])]
        roles = {role_of(units[i].label) for i in fields}
        for i in fields:
            gone = people.pop(i)
            units[i].kind, units[i].label, units[i].body = LineKind.NARRATION, None, None
            if gone is not target and gone in participants and all(q is not gone for q in people.values()):
                participants.remove(gone)  # the role label said nothing else: its holder is the named person
        if target is p:
            _rename(p, full)
        else:
            for i in [i for i, q in people.items() if q is p]:
                people[i] = target
            target.labels.extend(lab for lab in [p.name, *p.labels] if lab not in target.labels)
            if p in participants:
                participants.remove(p)
        if len(roles) == 1 and target.session_role is None:
            target.session_role = roles.pop().value


def title_holder(text: str, units: list[Line], people: dict[int, Participant]) -> None:
    """A role label that names no one ("THE PRESIDENT:") is the person the document's title line (its first line,
    before any turn) writes with the label's role word before a capitalised name ("Remarks by President Biden in …" ->
    "President Biden"; "Conferencia de prensa del presidente Luis Arce" -> "Luis Arce"): one such label, one such name."""
    turns = sorted(people)
    first = next((u for u in units if u.end > u.start), None)
    if not turns or first is None or first.start >= units[turns[0]].start or first.end - first.start > TITLE_LINE_CHARS:
        return
    title = text[first.start:first.end]
    roles: dict[str, list[Participant]] = {}
    for p in {id(p): p for p in people.values()}.values():
        words = p.name.split()
        if role_of(p.name) is not None and 1 <= len(words) <= 2 and (len(words) == 1 or role_of(words[0]) is None):
            roles.setdefault(fold(words[-1]), []).append(p)  # "THE PRESIDENT": the article, then the role's one word
    for word, holders in roles.items():
        if len(holders) != 1:
            continue
        found = {" ".join(m.group(0).split()) for m in re.finditer(
            rf"(?<![\w’'])(?i:{re.escape(word)})\s{{1,3}}[{UPPER}][\w’'-]{{1,30}}(?:\s{{1,3}}[{UPPER}][\w’'-]{{1,30}}){{0,3}}",
            title)}
        named = {f for f in found if role_of(" ".join(f.split()[1:])) is None}
        if len(named) == 1:  # "President Biden" as the title writes it; "presidente Luis Arce" in lower case: the name
            name = named.pop()
            _rename(holders[0], name if name[:1].isupper() else name.split(None, 1)[1])


def interview_title_holders(text: str, units: list[Line], people: dict[int, Participant]) -> None:
    """Question and answer labels that name no one ("Q:", "A:", "Interviewer:", "R:"), one person each, under a
    header whose title line names the person interviewed ("Interview with Marie Curie, physicist") and perhaps the
    interviewer, at its end or in a byline ("…, by John Smith", "Interview by John Smith"): the answers are the
    interviewee's, the questions the interviewer's."""
    if not people:
        return
    header_end = units[min(people)].start
    guest = asker = None
    for u in units:
        if u.start >= header_end:
            break
        line = text[u.start:u.end].strip()
        if guest is None and (name := title_name(line)) is not None:
            guest = name
            if (by := INTERVIEW_TITLE_BY.search(line)) is not None:
                asker = by.group("name")
        elif asker is None and (m := INTERVIEW_BYLINE.match(line)) is not None:
            asker = m.group("name")
    for name, role in ((guest, Role.INTERVIEWEE), (asker, Role.INTERVIEWER)):
        holders = {id(p): p for p in people.values() if role_of(p.name) == role}
        if name and len(holders) == 1 and name not in {p.name for p in people.values()}:
            _rename(next(iter(holders.values())), name)
