"""Who holds which office: the titles and roles a text ties to names, and the person a label or a heading that gives
an office alone stands for.

Minutes and hearings set a title or a role beside a name once ("del Presidente del Consejo Regional, señor Juan Pérez
Soto", "Monsieur Max DELPERIER, Maire", "MS SUE GRAY (affirmed)") and then label the turns by the office alone ("Sr.
Presidente del Consejo:", "LE MAIRE :", "The Witness:"); a report heading may name an office that nobody in the text
holds ("présenté par le trésorier"). `attribution` reads these ties while it resolves labels and report headings.
Minutes may say who holds an office only in passing, in a citation ("Katie Bechtold. Continuing to serve as our
treasurer"): `office_ties` reads those, and `report_office_holder` answers for an authored report's office heading.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    DEFINITE_ARTICLE,
    HONORIFICS,
    NAME_RE,
    OFFICE_TITLES,
    OFFICER_TITLES,
    REPORT_OFFICE,
    ROLE_TIE,
    SERVES_AS_OFFICE,
    TITLE_APPOSED,
    TURN_LABEL_LEAD,
    TURN_WORDS_BEFORE,
    Role,
    fold,
    role_of,
)
from quidit.ingest.lines import title_cased
from quidit.ingest.mentions import role_participant
from quidit.ingest.names import fuller, honorific_gender, name_tokens, resolve, trim_name
from quidit.ingest.records import Participant, present


def learn_titles(text: str, participants: list[Participant]) -> None:
    """Give a title to the person the text sets it beside ("del Presidente del Consejo Regional, señor Juan Pérez
    Soto"), so that a label that gives the title alone names that person. Only office titles count."""
    for m in TITLE_APPOSED.finditer(text):
        title, name = m.group("title").strip(), title_cased(trim_name(m.group("name")))  # "SR. JORGE PÉREZ" -> Jorge Pérez
        if fold(title.split()[0]) not in OFFICE_TITLES or len(name.split()) < 2 or role_of(name) is not None:
            continue
        gender = honorific_gender(m.group("hon"))
        p = resolve(name, participants, gender) or fuller(name, participants, gender)
        if p is None:
            p = Participant(name=name, gender=gender, in_roster=False)
            if not any(q.in_roster for q in participants):
                p.session_role = None
            participants.append(p)
        if p.role is None:
            p.role = title


def office_holder(core: str, participants: list[Participant]) -> Participant | None:
    """The one person whose title a label gives ("Presidente del Consejo" -> the "Presidente del Consejo Regional"
    the text names); the label must start with an office title."""
    words = core.split()
    if not words or fold(words[0]) not in OFFICE_TITLES:  # "Sr. Gobernador" too: the one governor the text names
        return None
    key = fold(core)
    found = [p for p in participants if p.role and fold(p.role).startswith(key)]
    return found[0] if len(found) == 1 else None


def learn_roles(text: str, participants: list[Participant]) -> None:
    """Tie roles to names where the text does: "Monsieur Max DELPERIER, Maire", "el Sr. Alcalde-Presidente,
    D. Francisco José Farrona Navas", "MS SUE GRAY (affirmed)" (the witness)."""
    for m in ROLE_TIE.finditer(text):
        name = m.group("name1") or m.group("name2") or m.group("name3") or m.group("name4") or m.group("name5") \
            or m.group("name6") or m.group("name7")
        word = m.group("role1") or m.group("role2") or m.group("role4") or m.group("role5") or m.group("role6") or m.group("role7") \
            or ("président" if m.group("name6") else None)  # "Présidence de M. X": X chairs ("…, Maire": as the mayor)
        hons = {fold(h).rstrip(".") for h in HONORIFICS}
        while m.group("name6") and len(name.split()) > 2 and fold(name.split()[-1]).rstrip(".") in hons:
            name = name.rsplit(None, 1)[0]  # "Présidence de Mme Anne Roy" / "Mme la présidente. …": the next turn's honorific
        if fold(name.split()[-1]).rstrip(".") in {fold(h).rstrip(".") for h in HONORIFICS}:
            continue  # "Dª X al Sr, Alcalde Presidente": X addresses the mayor, she is not the mayor
        if m.group("role4") and (m.start() == 0 or text[m.start() - 1] == "\n") and text.startswith(",", m.end()):
            continue  # "Presidenta" (the chair's label line) run on into "Señor Goebbels, su cuestión…": words to Goebbels
        if (m.group("name6") or m.group("name7")) and _inside_turn(text, m.start()):
            continue  # "Mme Courchesne: … un groupe de travail qui est sous la présidence de M. Alban D'Amours…": another body's
        role = role_of(word.split("-")[0]) if word else Role.WITNESS
        if role is None or role_of(name) is not None:
            continue
        name = trim_name(name)
        honorific = m.group("hon1") or m.group("hon2") or m.group("hon4") or m.group("hon6") or ""
        gender = honorific_gender(honorific.split()[-1]) if honorific else None
        p = resolve(name, participants, gender) or fuller(name, participants, gender)
        if p is None:
            if len(name.split()) < 2:
                continue
            p = Participant(name=title_cased(name), gender=gender, in_roster=False)
            participants.append(p)
        if p.session_role in (None, "speaker", "audience"):
            p.session_role = role.value


def titled_holder(title: str, labelled: list[Participant]) -> Participant | None:
    """The one labelled person whose title starts with these words ("garde des sceaux" for "Mme Christiane Taubira,
    garde des sceaux, ministre de la justice"; "ministre" for "…, ministre de la justice")."""
    key = fold(title).strip()
    found = {id(p): p for p in labelled if p.role and any(fold(r).strip().startswith(key) for r in p.role.split(","))}
    return next(iter(found.values())) if len(found) == 1 else None


def unheld_role(who: str, participants: list[Participant]) -> Participant | None:
    """The holder of an office a report heading names with its article ("le trésorier", "the Treasurer", "la
    secretaria") when nobody in the text holds it: a person known by that role only."""
    who = who.strip()
    if not re.fullmatch(rf"(?i:{DEFINITE_ARTICLE})\s*(?i:{OFFICER_TITLES})", who):
        return None
    role = role_of(who)
    same = next((p for p in participants if fold(p.name) == fold(who)), None)
    if same is not None:
        return same
    p = Participant(name=who, in_roster=False, session_role=role.value if role else None)
    participants.append(p)
    return p


_TIE_REACH = 300  # how far back a citation's opening name may be from the office phrase (characters)
_OPENING_NAME = re.compile(rf"\s*({NAME_RE})\s*[.,:]\s")


def _inside_turn(text: str, at: int) -> bool:
    """Whether `at` lies in a labelled turn's words, past its label ("Mme Courchesne: Merci, M. le Président. … sous la
    présidence de M. X"): a speaker speaking of some other body, not the record naming who presides the sitting."""
    line_start = text.rfind("\n", 0, at) + 1
    label = TURN_LABEL_LEAD.match(text, line_start, at)
    return label is not None and at - label.end() > TURN_WORDS_BEFORE


def office_ties(text: str, participants: list[Participant]) -> dict[str, Participant | None]:
    """Who the text says holds each office ("Katie Bechtold. Continuing to serve as our treasurer"): the name that
    opens the phrase's paragraph; None for an office said of two people."""
    ties: dict[str, Participant | None] = {}
    live = present(participants)
    for m in SERVES_AS_OFFICE.finditer(text):
        back = max(0, m.start() - _TIE_REACH)
        para = text.rfind("\n\n", back, m.start())
        if para < 0 and back > 0:
            continue  # the phrase's paragraph opens too far back to be a citation's "Name. …"
        named = _OPENING_NAME.match(text, para + 1, m.start())
        if named is None:
            continue
        name, office = named.group(1), fold(m.group("office"))
        p = resolve(name, live)
        shorter = [q for q in live if name_tokens(q.name) and set(name_tokens(q.name)) < set(name_tokens(name))]
        if p is None and len(shorter) == 1:
            p = shorter[0]  # "Katie" of the attendance list, "Katie Bechtold. Continuing to serve as our treasurer"
        known = ties.get(office)
        if p is None:
            p = known if known is not None and known.name == name else Participant(name=name, in_roster=False)
        ties[office] = p if office not in ties or known is p else None
    return ties


def report_office_holder(office: str, participants: list[Participant],
                         ties: dict[str, Participant | None]) -> Participant | None:
    """Who holds the office a report heading names ("Treasurer", "le trésorier"): a present named participant with
    that title, else the one the text gave that role (`learn_roles`), else the one a citation ties to it
    (`office_ties`); None when nobody does."""
    live = [p for p in present(participants) if not REPORT_OFFICE.match(p.name)]  # named people, not offices
    return next((p for p in live if p.role and fold(p.role) == fold(office)), None) or role_participant(office, live) \
        or ties.get(fold(re.sub(rf"(?i)^{DEFINITE_ARTICLE}\s*", "", office)))
