"""Minutes written into a shared page by the people who report: each report sits under a heading that says whose it
is, and its lines are its author's, in the first person or telegraphic without a subject.

- An office's report heading ("Treasurer's Report", "Rapport du trésorier", "Informe de la Secretaría"): the
  office speaks, resolved to a name only when a participant holds it; a person's ("Alberto's Report") is theirs.
- Under a heading that groups reports ("Member Reports", "Rapports des commissions", "Informes de los vocales"), a
  participant's name or a handle ("mirage335") alone on a line heads that person's report.
Inside a group a report runs through its sub-headings ("Prusa Mendel 3D Printer", "Wheels") up to the next report
heading, group heading or closing agenda item ("Old Business", "Questions diverses", "Ruegos y preguntas"); outside
one, any heading is the agenda's next item and ends it. Inside a report, only the
sentences no cue decided become the author's; a paragraph that opens with the note-taker's bracketed remark
("[Lively discussion..] …") stays nobody's. A paragraph closed by a signature ("… until then. - Alberto") is the
signer's; in such a page, a paragraph a "Name: …" label opens is that person's to its end ("Dan: Made a
snowflake… Various acrylic sheets available."). Each paragraph is looked at once: linear in the text.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass

from quidit.ingest.lexicon import (
    ARTICLE_AFTER_PREPOSITION,
    DEFINITE_ARTICLE,
    HEADING_LINE_MAX_WORDS,
    NOTE_TAKER_BRACKET,
    OFFICE_REPORT_HEADING,
    REPORT_GROUP_HEADING,
    REPORT_HANDLE,
    REPORT_HEADING,
    REPORT_HOLDER_TAIL,
    REPORT_NONE,
    REPORT_OFFICE,
    REPORT_SIGNATURE,
    REPORTS_END_HEADING,
    SIGNATURE_LINE,
    VOTE,
    fold,
)
from quidit.ingest.names import name_tokens, resolve
from quidit.ingest.office_holders import office_ties, report_office_holder
from quidit.ingest.records import Cue, Participant, Sentence, present

log = logging.getLogger(__name__)


@dataclass
class _Paragraph:
    start: int
    end: int
    heading: bool  # one short line without a sentence's end


def _paragraphs(text: str) -> list[_Paragraph]:
    out: list[_Paragraph] = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        body = m.group(0).strip()
        if not body:
            continue
        heading = "\n" not in body and len(body.split()) <= HEADING_LINE_MAX_WORDS and body[-1] not in ".!?;…,"
        out.append(_Paragraph(m.start(), m.end(), heading))
    return out


def _office(who: str, line: str, at: int, participants: list[Participant],
            ties: dict[str, Participant | None]) -> Participant:
    """The holder of the office a heading names, or a participant known by the office only."""
    holder = report_office_holder(who, participants, ties)
    if holder is not None:
        return holder
    before = line[:at].split()
    article = ARTICLE_AFTER_PREPOSITION.get(before[-1].lower(), "") \
        if before and not re.match(rf"(?i){DEFINITE_ARTICLE}\b", who) else ""
    name = article + who
    same = next((p for p in participants if fold(p.name) == fold(name)), None)
    return same if same is not None else Participant(name=name, in_roster=False)


def _named(word: str, participants: list[Participant]) -> Participant | None:
    """A participant whose name holds this heading's words exactly ("Alberto"), never a near spelling."""
    p = resolve(word, present(participants))
    if p is None or not set(name_tokens(word)) <= set(name_tokens(p.name)) | {fold(x) for x in p.labels}:
        return None
    return p


def _handle(word: str, participants: list[Participant]) -> Participant:
    same = next((p for p in participants if p.name == word), None)
    return same if same is not None else Participant(name=word, in_roster=False)


def _holder(tail: str, participants: list[Participant]) -> Participant | None:
    """The person a report heading names after the office ("- Katie Bechtold", "(Ana)"): a listed one, else a full
    name of two or three capitalised words."""
    m = REPORT_HOLDER_TAIL.match(tail)
    if m is None:
        return None
    who = m.group("holder").strip()
    named = _named(who, participants)
    if named is not None or not 2 <= len(who.split()) <= 3 or not all(w[:1].isupper() for w in who.split()):
        return named
    return Participant(name=who, in_roster=False)


def _report_owner(line: str, grouped: bool, participants: list[Participant],
                  ties: dict[str, Participant | None]) -> Participant | None:
    """Whose report a heading line opens, if it opens one."""
    bare = line.rstrip(" :")
    m = REPORT_HEADING.match(bare)
    if m is not None and (m.group("who") or m.group("who2")):
        key = "who" if m.group("who") else "who2"
        who = m.group(key).strip()
        if REPORT_OFFICE.fullmatch(who):
            return _holder(bare[m.end():], participants) or _office(who, bare, m.start(key), participants, ties)
        return _named(who, participants)
    m = OFFICE_REPORT_HEADING.match(bare)
    if m is not None:  # "Treasurer Report", "Report from the Secretary"
        key = "office" if m.group("office") else "office2"
        return _holder(bare[m.end():], participants) or _office(m.group(key), bare, m.start(key), participants, ties)
    if not grouped or line.endswith(":"):  # "OPEES:" over its resolutions is an item, not a person's report
        return None
    if REPORT_HANDLE.match(line):
        return _handle(line, participants)
    if len(line.split()) <= 3 and line[:1].isupper():
        return _named(line, participants)
    return None


def authored_reports(text: str, sentences: list[Sentence], participants: list[Participant]) -> int:
    """Give the sentences of each authored report to its author; returns how many changed."""
    paras = _paragraphs(text)
    ties = office_ties(text, participants)
    owners: list[Participant | None] = []
    opened_at: list[int] = []  # each paragraph's report: the index of the heading or signature that gave its owner
    owner: Participant | None = None
    grouped, group_at, at = False, -1, -1
    for para in paras:
        line = text[para.start:para.end].strip()
        if not para.heading:
            if grouped and len(owners) == group_at:
                grouped = False
            owners.append(None if NOTE_TAKER_BRACKET.match(line) else owner)
            opened_at.append(at)
            signed = REPORT_SIGNATURE.search(line)
            if signed is not None:
                signer = _named(signed.group("who"), participants)
                if signer is not None:
                    owners[-1], opened_at[-1] = signer, len(owners) - 1
            continue
        owners.append(None)
        opened_at.append(-1)
        sig = SIGNATURE_LINE.match(line)
        signer = (_named(sig.group("who"), participants) or (_handle(sig.group("who"), participants)
                  if REPORT_HANDLE.match(sig.group("who")) else None)) if sig is not None else None
        if signer is not None:  # "- Alberto" under his report: the paragraphs since the heading or the last signature
            j = len(owners) - 2
            while j >= 0 and not paras[j].heading:
                owners[j], opened_at[j] = signer, len(owners) - 1
                j -= 1
            continue
        opened = _report_owner(line, grouped, participants, ties)
        if opened is not None:
            owner, at = opened, len(owners) - 1
        elif REPORT_GROUP_HEADING.match(line):
            owner, grouped = None, True
            group_at = len(owners)  # its reports' headings follow it at once ("Management Reports" over prose: none)
        elif REPORTS_END_HEADING.match(line):
            owner, grouped = None, False
        elif not grouped:
            owner = None  # outside a group of reports a heading is the agenda's next item
    starts = [p.start for p in paras]
    changed = 0
    authored = any(o is not None for o in owners)
    label: tuple[int, str] | None = None  # the paragraph a "Name: …" label opens, and the name
    report, fresh = -1, False  # the report the last sentence was in; nobody named in it yet
    for st in sentences:
        i = bisect.bisect_right(starts, st.start) - 1
        inside = i >= 0 and st.start < paras[i].end
        who = owners[i] if inside else None
        if who is not None and opened_at[i] != report:
            report, fresh = opened_at[i], True
        if st.speaker is not None and st.cue != Cue.CONTINUATION:
            fresh = False  # "Tom Lee said the roof leaks. It will cost…": his turn, inside the report
        if st.cue in (Cue.LABEL, Cue.LABEL_ROSTER) and st.speaker and inside and st.start == paras[i].start:
            label = (i, st.speaker)
            continue
        if label is not None and label[0] != i:
            label = None
        if authored and label is not None and st.speaker is None and (
                st.cue == Cue.NONE or st.cue == Cue.NARRATION and VOTE.search(text, st.start, st.end) is None):
            st.speaker, st.cue = label[1], Cue.CONTINUATION  # "Dan: Made a snowflake… Various acrylic sheets…": Dan's
            changed += 1
            continue
        if who is not None and (st.speaker is None and st.cue == Cue.NONE or st.cue == Cue.CONTINUATION and fresh) \
                and not REPORT_NONE.match(text[st.start:st.end]):  # (a turn running on from before the heading ends)
            st.speaker, st.cue = who.name, Cue.CONTINUATION
            changed += 1
            if all(who is not p for p in participants):  # an office or a handle nobody listed: known once it speaks
                participants.append(who)
    if changed:
        log.debug("authored reports: %d sentences given to their authors", changed)
    return changed
