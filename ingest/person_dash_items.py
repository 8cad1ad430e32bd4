"""Lines read as agenda items by their dash alone that are a listed person's turn, and Q&A lead words before one.

"FINANCES – Tarifs publics locaux" is an agenda item (`labels.classify` reads a line with a spaced dash and no full
sentence so). Minutes typed during a discussion write turns the same way, the speaker's short name before the dash:

    Attendees: Robin Alden, Comodo CA; Kirk Hall, Entrust Datacard; Ryan Sleevi, Google; …
    Ryan S – dropping ambiguous definition of "misuse" since it's not "crisp" enough on clarity
    Wayne – disagrees with Kirk, asking for better definition
    DZ – (Regarding information transfer) Data subject has the ability to request transfer…

Where the words before the dash are one attendee's (a first name, a first name and the surname's initial, a full
name, or initials that only that attendee's name gives: `initials.exact`) the line is that person's turn. An item's
"FINANCES", "Day 1" or "Next steps" names nobody on the list and stays an item. The same minutes lead a question
or an answer with its word, then the person so: "Question: Kirk Hall, Entrust Datacard – What is…", "Answer: Tim –
Yes, it will…": the person's turn, not a speaker called "Question".
"""
from __future__ import annotations

import re

from quidit.ingest.initials import exact
from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import NOT_SPEAKERS, QA_LEAD_LABEL, fold, role_of
from quidit.ingest.names import candidates, resolve
from quidit.ingest.records import Participant

# the words before the dash: initials ("DZ", "PHB"), or one to three capitalised words ("Ryan S", "Kirk Hall")
PERSON_DASH = re.compile(r"\s*(?P<label>[A-Z]{2,4}|[A-Z][\w’'-]{1,30}(?:[ ][A-Z][\w’'.-]{0,30}){0,2})[ ]?[–—][ ]?(?=\S)")


# a Q&A lead's words after its colon: the name, perhaps the organisation after a comma, the dash ("Kirk Hall, Entrust
# Datacard – ", "Tim – ")
QA_LEAD_NAME = re.compile(r"\s*(?P<label>[A-Z][\w’'.-]{0,30}(?:[ ][A-Z][\w’'.-]{0,30}){0,2})(?:,[^,–—\n]{1,60})?[ ][–—][ ]?(?=\S)")


def dash_person(label: str, listed: list[Participant], text: str = "", at: int = 0) -> Participant | None:
    """The one listed person a dash item's head names, or None. Of namesakes ("Tim" with Tim Hollebeek and Tim Shirley
    listed), the one the text last named in full before `at` ("Presenters: Ben Wilson; Tim Hollebeek…")."""
    if fold(label) in NOT_SPEAKERS or role_of(label) is not None:
        return None
    if label.isupper() and " " not in label:
        fitting = [p for p in listed if label in exact(p.name)]
        return fitting[0] if len(fitting) == 1 else None
    return resolve(label, listed) or _last_named(candidates(label, listed), text, at)


def _last_named(namesakes: list[Participant], text: str, at: int) -> Participant | None:
    """The namesake whose full name the text before `at` holds last, if any holds it."""
    last: dict[str, tuple[int, Participant]] = {}
    for p in namesakes:
        if len(p.name.split()) < 2:
            continue
        spots = [m.start() for m in re.compile(r"\s+".join(map(re.escape, p.name.split()))).finditer(text, 0, at)]
        if spots:
            last[p.name] = (spots[-1], p)
    return max(last.values(), key=lambda v: v[0])[1] if last else None


def person_dash_items(text: str, units: list[Line], participants: list[Participant], listed: set[int]) -> int:
    """Turn into labelled turns the dash items whose head names one listed person; return how many."""
    people = [p for p in participants if id(p) in listed and p.session_role != "absent"]
    if not people:
        return 0
    turned = 0
    for u in units:
        if u.kind == LineKind.LABEL and u.label and u.body is not None and QA_LEAD_LABEL.match(u.label.strip()):
            m = QA_LEAD_NAME.match(text, u.body, u.end)  # "Question: Kirk Hall, Entrust Datacard – What is…": Kirk Hall's
            p = dash_person(m.group("label"), people, text, u.start) if m is not None else None
            if p is not None:
                u.label, u.body = p.name, m.end()
                turned += 1
            continue
        dash_label = u.kind == LineKind.LABEL and u.label is not None and u.label.isupper()  # "AL – … another? BL – …"
        if not (u.kind == LineKind.HEADING and u.dash_item or dash_label):
            continue
        m = PERSON_DASH.match(text, u.start, u.end)  # (anchored at the line's start)
        if dash_label and (m is None or m.group("label") != u.label.strip()):
            continue
        p = dash_person(m.group("label"), people, text, u.start) if m is not None else None
        if p is None:
            continue
        u.kind, u.label, u.body, u.dash_item = LineKind.LABEL, p.name, m.end(), False  # (the name in full: "DZ" is on no list)
        turned += 1
    return turned
