"""Give every sentence its speaker, from the text's own cues (patterns in `ingest.cues`).

A turn opens where a person (honorific + name, a roster name, or a role word such as
"le modérateur") stands in subject position before a speech verb; in "Selon X, …" /
"Pour X, …"; after a hand-over ("donne la parole à X"); with a speaker label
("M. X : …"); or in "Question de Madame X : …". A person merely mentioned ("comme le
disait Monsieur X", "remercie Monsieur X", "X, qui …") does not take the turn over.
Sentences without a cue ("Il ajoute …") stay with the current speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quidit.ingest.cleaning import CleanText
from quidit.ingest.cues import (
    ANONYMOUS,
    ATTRIBUTIVE,
    AUDIENCE_NAME,
    FLOOR_TAKEN,
    HANDOFF,
    HEADING,
    RELATIVE_BEFORE,
    ROLE_WORD,
    SPEAKER_LABEL,
    SPEECH_VERB,
    SUBJECT_SLOT,
    TITLE_SLOT,
)
from quidit.ingest.names import BARE_NAME, HONORIFIC_MENTION, candidates, honorific_gender, resolve, trim_name
from quidit.ingest.records import Participant, Sentence
from quidit.ingest.roster import parse_entry
from quidit.ingest.sentences import split_spans


@dataclass
class Mention:
    start: int
    end: int
    name: str
    gender: str | None
    participant: Participant | None
    kind: str  # honorific | bare | role


def _role_kind(word: str) -> str:
    w = word.lower()
    return "moderator" if any(k in w for k in ("mod", "anim", "facilitat")) else "chair"


def _role_participant(word: str, participants: list[Participant]) -> Participant | None:
    w = word.lower()
    role = _role_kind(w)
    gender = "f" if w.endswith(("rice", "e")) and not w.startswith("pr") or "présidente" in w else None
    cands = [p for p in participants if p.session_role == role]
    if len(cands) > 1 and gender:
        cands = [p for p in cands if p.gender in (None, gender)]
    return cands[0] if len(cands) == 1 else None


def find_mentions(text: str, s: int, e: int, participants: list[Participant]) -> list[Mention]:
    seg = text[s:e]
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in HONORIFIC_MENTION.finditer(seg):
        name = trim_name(m.group(2))
        gender = honorific_gender(m.group(1))
        end = s + m.start(2) + len(name)
        out.append(Mention(s + m.start(), end, name, gender, resolve(name, participants, gender), "honorific"))
        taken.append((m.start(), m.end()))
    for m in BARE_NAME.finditer(seg):
        if any(a <= m.start() < b for a, b in taken):
            continue
        p = resolve(m.group(1), participants)
        if p is not None:
            out.append(Mention(s + m.start(), s + m.end(), m.group(1), None, p, "bare"))
    for m in ROLE_WORD.finditer(seg):
        p = _role_participant(m.group(1) or m.group(2), participants)
        out.append(Mention(s + m.start(), s + m.end(), m.group(0), None, p, "role"))
    return sorted(out, key=lambda x: x.start)


def subject_slot(prefix: str) -> bool:
    """Whether a name after this prefix can be the sentence's subject: at the start, after a comma
    or a linking adverb, or after a title ("…, l'ambassadrice Élise X indique")."""
    if SUBJECT_SLOT.search(prefix):
        return True
    t = TITLE_SLOT.search(prefix)
    return bool(t) and not SPEECH_VERB.search(t.group(1))


def opener_verb(text: str, m: Mention, sent_start: int, sent_end: int, others: list[Mention]) -> int | None:
    """Offset of the speech verb that makes `m` the speaker, or None when `m` is only mentioned."""
    prefix = text[sent_start:m.start]
    after = text[m.end:sent_end]
    if ATTRIBUTIVE.search(prefix) and after.lstrip().startswith(","):
        return m.end
    if FLOOR_TAKEN.search(prefix):  # "Question de Madame X (…) : …"
        colon = after.find(":")
        return m.end + colon if 0 <= colon <= 200 else m.end
    if not prefix.strip():
        label = SPEAKER_LABEL.match(after)
        if label:  # verbatim style: "M. Dupont : Merci …" / "Mme Roy (Ville de Lyon). – Je …"
            return m.end + label.end() - 1
    if not subject_slot(prefix):
        return None
    for v in SPEECH_VERB.finditer(after):
        if v.start() > 400:
            return None
        verb_at = m.end + v.start()
        # "X qui a commencé …" / "X, qui intervient au nom de …, estime": skip verbs of relative clauses
        if not RELATIVE_BEFORE.search(text[max(m.end, verb_at - 12):verb_at]):
            break
    else:
        return None
    if any(m.end <= o.start < verb_at and subject_slot(text[sent_start:o.start]) for o in others if o is not m):
        return None  # another subject comes first; object mentions ("qui représente Madame Y") do not block
    return verb_at


def _apposition(text: str, start: int, verb_at: int) -> str:
    app = text[start:verb_at].strip(" ,:.–—-")
    if app.startswith("(") and app.endswith(")"):
        app = app[1:-1]
    return re.split(r",\s*(?:qui|dont|que|qu[’'])\b", app)[0].strip(" ,")


def learn_genders(text: str, participants: list[Participant]) -> None:
    """Gender from unambiguous honorific mentions ("Madame Maria Luisa Zapata")."""
    for m in HONORIFIC_MENTION.finditer(text):
        g = honorific_gender(m.group(1))
        p = resolve(trim_name(m.group(2)), participants) if g else None
        if p is not None and p.gender is None:
            p.gender = g


def _is_heading(text: str, s: int, e: int) -> bool:
    before, after = text[max(0, s - 2):s], text[e:e + 2]
    whole_para = (s == 0 or before == "\n\n") and (e == len(text) or after == "\n\n")
    return whole_para and bool(HEADING.match(text[s:e])) and len(text[s:e].split()) <= 8


def attribute(ct: CleanText, participants: list[Participant], roster_end: int = 0) -> list[Sentence]:
    """Sentences with speakers; adds audience members it meets to `participants`."""
    text = ct.text
    learn_genders(text, participants)
    sentences: list[Sentence] = []
    current: Participant | None = None
    for s, e in split_spans(text):
        page = ct.page_at(s)
        if e <= roster_end or _is_heading(text, s, e):
            sentences.append(Sentence(s, e, page, None))
            continue
        mentions = find_mentions(text, s, e, participants)
        first: Participant | None = None
        handed: Participant | None = None
        for m in mentions:
            if HANDOFF.search(text[s:m.start]):  # "donne la parole à Madame X": X speaks next
                handed = m.participant or (_new_participant(m, "", participants) if m.kind == "honorific" else None)
                continue
            verb_at = opener_verb(text, m, s, e, mentions)
            if verb_at is None:
                continue
            p = m.participant
            if p is None and len(candidates(m.name, participants)) > 1:
                continue  # "Madame Petit" with two Petits and no way to tell: not a new person
            if p is None and m.kind == "honorific":
                p = _new_participant(m, _apposition(text, m.end, verb_at), participants, text[s:m.start])
            elif p is None and m.kind == "role":
                p = Participant(name=m.name[0].upper() + m.name[1:], session_role=_role_kind(m.name), in_roster=False)
                participants.append(p)
            if p is None:
                continue
            first = first or p
            current = p
        if first is None and not mentions and _anonymous_opener(text, s, e):
            first = current = _anonymous(participants)
        speaker = first or current
        sentences.append(Sentence(s, e, page, speaker.name if speaker else None))
        if handed is not None:
            current = handed
    return sentences


def _anonymous_opener(text: str, s: int, e: int) -> bool:
    """"Un participant demande …", "Une personne dans la salle souligne …": someone unnamed takes the floor."""
    m = ANONYMOUS.match(text[s:e])
    if not m:
        return False
    v = SPEECH_VERB.search(text, s + m.end(), e)
    return v is not None and v.start() - (s + m.end()) <= 20


def _anonymous(participants: list[Participant]) -> Participant:
    p = next((p for p in participants if p.name == AUDIENCE_NAME), None)
    if p is None:
        p = Participant(name=AUDIENCE_NAME, session_role="audience", in_roster=False)
        participants.append(p)
    return p


def _new_participant(m: Mention, apposition: str, participants: list[Participant], before: str = "") -> Participant:
    """Someone the roster does not list; "La modératrice, Madame X, …" or "Madame X, modératrice, …"
    makes them the moderator (or chair), anyone else is from the audience."""
    of = re.match(r"^(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*", apposition, re.I)
    if of:  # "X, de l'Observatoire ..., se dit frappé": the apposition is the affiliation
        p = Participant(name=m.name, organization=apposition[of.end():] or None, session_role="audience", in_roster=False)
    else:
        entry = f"{m.name}, {apposition}" if apposition else m.name
        p = parse_entry(entry, "audience", in_roster=False)[0]
        p.name = m.name
    p.gender = m.gender
    role_word = ROLE_WORD.search(before[-40:]) or re.search(r"\b(mod[ée]rat|animat|facilitat)\w*|\bpr[ée]sident\w*\s+de\s+s[ée]ance",
                                                           apposition, re.I)
    if role_word:
        p.session_role = _role_kind(role_word.group(0))
    elif not any(q.in_roster for q in participants):
        p.session_role = None  # no participants list: "audience" would be a guess
    participants.append(p)
    return p
