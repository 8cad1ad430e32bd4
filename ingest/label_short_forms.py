"""Meeting notes that label turns by short forms of the attendees' names, after the attendance list gives them in full:

    Present: … Tim Berners-Lee, Timea Turdean, Ted Thibodeau, …
    * TT (Timea): Software engineer at Inrupt.          -> Timea Turdean
    * TT (TallTed): With OpenLink Software.             -> Ted Thibodeau
    * TT: If you want to join our team, …               -> the last TT the notes told apart: Timea Turdean
    * TimBL: I invented the web 33 years ago.           -> Tim Berners-Lee

- Initials two listed people share, with a bracket that holds one of them's given name, or a nick made of it
  ("TallTed"), are that person; the same initials alone later are the last person they were told apart as.
- A nick made of a listed person's given name and the initials of the rest of the name ("TimBL", "JaneR") is that
  person.
Only labels that name nobody on their own, and only people of the attendance list.
"""
from __future__ import annotations

from quidit.ingest.initials import name_initials
from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import DECLARED_LABEL, GIVEN_INITIALS_NICK, INITIALS_LABEL, NICK_PART, SHORT_FORM_BRACKETED, fold
from quidit.ingest.names import nick_person
from quidit.ingest.records import Participant


def _given(p: Participant) -> str:
    return fold(p.name.split()[0])


def _picked(who: str, fitting: list[Participant]) -> Participant | None:
    """The one person among those the initials fit whose given name is the bracket's word or a part of it ("Timea",
    "TallTed")."""
    parts = {fold(who)} | {fold(x) for x in NICK_PART.findall(who)}
    found = [p for p in fitting if _given(p) in parts]
    return found[0] if len(found) == 1 else None


def _nick_holder(label: str, listed: list[Participant]) -> Participant | None:
    """The one listed person a "GivenINITIALS" nick stands for ("TimBL" -> Tim Berners-Lee)."""
    m = GIVEN_INITIALS_NICK.fullmatch(label)
    if m is None:
        return None
    found = []
    for p in listed:
        words = p.name.split()
        rest = "".join(x[0] for w in words[1:] for x in w.split("-") if x[:1].isalpha()).upper()
        if len(words) >= 2 and fold(words[0]) == fold(m.group("given")) and rest == m.group("initials"):
            found.append(p)
    return found[0] if len(found) == 1 else None


def short_form_labels(text: str, units: list[Line], people: dict[int, Participant], listed: list[Participant]) -> int:
    """Name the labelled turns whose short form the attendance list settles (see the module's docstring); how many."""
    if len(listed) < 2:
        return 0
    by_initials: dict[str, list[Participant]] = {}
    for p in listed:
        if " " in p.name.strip():
            for abbr in name_initials(p.name):
                by_initials.setdefault(abbr, []).append(p)
    last: dict[str, Participant] = {}
    changed = 0
    for i, u in enumerate(units):
        demoted = u.kind == LineKind.TEXT and u.label is not None and u.body is not None  # a label the rules let go
        if u.kind != LineKind.LABEL and not demoted or not u.label:
            continue
        label = u.label.strip()
        now = people.get(i)
        if now is not None and any(now is q for q in listed) and (not INITIALS_LABEL.match(label.split()[0]) or label.split()[0] in name_initials(now.name)):
            continue  # (initials another rule gave someone they do not fit, "TT" for Jeff Zucker, are looked at again)
        got: Participant | None = None
        m = SHORT_FORM_BRACKETED.match(text, u.start, u.end) if not demoted else None
        if m is not None and m.group("abbr") == label.split()[0]:
            fitting = list({id(p): p for p in by_initials.get(m.group("abbr"), [])}.values())
            got = _picked(m.group("who"), fitting) if len(fitting) >= 2 else None
            if got is not None:
                last[m.group("abbr")] = got
        elif INITIALS_LABEL.match(label) and label in last and not demoted:
            got = last[label]
        elif now is None or fold(now.name) == fold(label):
            got = _nick_holder(label, listed)
        if got is not None:
            u.kind = LineKind.LABEL
            people[i] = got
            if label not in got.labels:
                got.labels.append(label)
            changed += 1
    return changed


def declared_short_forms(units: list[Line]) -> dict[str, str]:
    """Folded short form -> full name, from the labels that give both ("Mark Nottingham (mnot), as individual:"), the
    short form made from the name as nicks and initials are (`names.nick_person`):
    the minutes' other labels in that short form, whatever its case ("mnot:", "MNot:", "mt:"), are that person's."""
    out: dict[str, str] = {}
    for u in units:
        m = DECLARED_LABEL.match(u.label) if u.kind == LineKind.LABEL and u.label else None
        if m is not None and fold(m.group("short")) not in {fold(w) for w in m.group("name").split()} \
                and nick_person(m.group("short"), [Participant(name=m.group("name"), in_roster=False)]) is not None:
            out.setdefault(fold(m.group("short")), m.group("name"))  # ("Rod Vagg (TSC)": his body's acronym, no short form)
    return out
