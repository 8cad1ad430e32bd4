"""Questionnaire write-ups: several people's written answers to the same form ("five questions to…", speaker
spotlights, survey answers), no speaker label at all. Each person has a heading of their own, a line that is only their
name ("Jane Roe", "Pedro J. Molina", "Agustín Benito (toscalix)", "Jane Roe, Mozilla"), and under it the form's
questions, each opening a paragraph, with the answer after it on the same line or the next.

What tells the form: its questions are written again, word for word, under at least two of the name headings. A
question is nobody's words (no interviewer is named; it is the form's prompt), the heading line is nobody's, and the
rest of each section, up to the next heading, is the answers of the person the heading names. Most sections must
answer in the first person ("I", "je", "mi", "creo"…): topic headings over a repeated checklist are no people.
Not in a text with speaker labels (a heading per speaker, "## Jane Roe", is the form's own).
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from quidit.ingest.lexicon import (
    ANSWER_FIRST_PERSON,
    INTERVIEW_NAME_END,
    QUESTIONNAIRE_HEADING_CHARS,
    QUESTIONNAIRE_HEADING_MARK,
    QUESTIONNAIRE_INITIAL,
    QUESTIONNAIRE_PEOPLE_MIN,
    QUESTIONNAIRE_PROMPT_CHARS,
    QUESTIONNAIRE_PROMPT_END,
    QUESTIONNAIRE_PROMPT_LEAD,
    QUESTIONNAIRE_SHARED_MIN,
    QUESTIONNAIRE_WORD,
    Role,
    fold,
)
from quidit.ingest.names import TextNames, lower_case_words
from quidit.ingest.records import Cue, Participant, Sentence

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    opens_paragraph: bool  # first line of the text or after a blank line


@dataclass(frozen=True)
class Section:
    name: str  # the person the heading names
    heading: Line
    end: int  # where the next heading starts (or the text ends)


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos, blank = 0, True
    for raw in text.split("\n"):
        end = pos + len(raw)
        if raw.strip():
            out.append(Line(pos, end, blank))
        blank = not raw.strip()
        pos = end + 1
    return out


def _key(s: str) -> str:
    """A form question compared across copies: case, accents, punctuation and its leading mark aside."""
    return " ".join(QUESTIONNAIRE_WORD.findall(fold(s)))


def _prompt_ends(text: str, line: Line) -> list[tuple[int, str]]:
    """Where a form question may end in a paragraph's first line, with the question's key at each end."""
    head = text[line.start:min(line.end, line.start + QUESTIONNAIRE_PROMPT_CHARS)]
    lead = QUESTIONNAIRE_PROMPT_LEAD.match(head)
    skip = lead.end() if lead else 0
    out = []
    for m in QUESTIONNAIRE_PROMPT_END.finditer(head, skip):
        key = _key(head[skip:m.start()])
        if len(key.split()) >= 2:  # "Bio:" alone is too little to tell a form from a label
            out.append((line.start + m.end(), key))
    return out


def _heading_name(line: str, names: TextNames) -> str | None:
    """A line that is only a person's name, a bracketed handle or an affiliation after it allowed: the name.
    Markdown's heading or bold marks around it are no part of it ("## Jane Roe", "**Jane Roe**")."""
    if len(line) > QUESTIONNAIRE_HEADING_CHARS:
        return None
    line = QUESTIONNAIRE_HEADING_MARK.sub("", line)
    cut = INTERVIEW_NAME_END.search(line)
    name = (line[:cut.start()] if cut else line).strip()
    toks = name.split()
    core = [t for t in toks if not QUESTIONNAIRE_INITIAL.fullmatch(t)]
    if not core or len(toks) > 6 or QUESTIONNAIRE_INITIAL.fullmatch(toks[0]) or QUESTIONNAIRE_INITIAL.fullmatch(toks[-1]):
        return None
    return name if names.name_at(" ".join(core), sentence_start=True) == " ".join(core) else None


def questionnaire_answers(text: str, sentences: list[Sentence], participants: list[Participant]) -> bool:
    """Give each answer of a questionnaire write-up to the person whose heading it falls under; False (nothing
    changed) when the text is not one."""
    lines = _lines(text)
    ends = [_prompt_ends(text, ln) if ln.opens_paragraph else [] for ln in lines]
    seen = Counter(k for e in ends for k in {k for _, k in e})
    prompts = {k for k, n in seen.items() if n >= QUESTIONNAIRE_PEOPLE_MIN}
    prompt_end = [max((at for at, k in e if k in prompts), default=None) for e in ends]  # the longest copy wins
    names = TextNames([], lower_case_words(text), frozenset())
    heads: list[tuple[int, str]] = []  # (line index, name)
    for i, ln in enumerate(lines[:-1]):
        if ln.opens_paragraph and lines[i + 1].opens_paragraph and prompt_end[i] is None and prompt_end[i + 1] is not None:
            name = _heading_name(text[ln.start:ln.end], names)
            if name:
                heads.append((i, name))
    if len({fold(n) for _, n in heads}) < QUESTIONNAIRE_PEOPLE_MIN:
        return False
    head_starts = {lines[i].start for i, _ in heads}
    if any(s.cue in (Cue.LABEL, Cue.LABEL_ROSTER) and s.start not in head_starts for s in sentences):
        return False  # speaker labels: a transcript, not a form's answers ("## Jane Roe" headings are the form's)
    bounds = [*(i for i, _ in heads[1:]), len(lines)]
    per_section = Counter(k for (i, _), j in zip(heads, bounds)
                          for k in {k for e in ends[i + 1:j] for _, k in e if k in prompts})
    if sum(1 for n in per_section.values() if n >= 2) < QUESTIONNAIRE_SHARED_MIN:
        return False
    sections = [Section(name, lines[i], lines[j].start if j < len(lines) else len(text))
                for (i, name), j in zip(heads, bounds)]
    spoken = sum(1 for sec in sections if ANSWER_FIRST_PERSON.search(text, sec.heading.end, sec.end))
    if 2 * spoken <= len(sections):
        return False  # people answer a form in the first person; topic headings over a checklist do not
    asked = [(ln.start, at) for ln, at in zip(lines, prompt_end) if at is not None]
    k = q = 0
    for s in sentences:
        while k < len(sections) and sections[k].end <= s.start:
            k += 1
        if k == len(sections) or s.start < sections[k].heading.start:
            continue  # before the first heading: the write-up's own introduction, as the first pass read it
        while q < len(asked) and asked[q][1] <= s.start:
            q += 1
        if s.start < sections[k].heading.end or (q < len(asked) and asked[q][0] <= s.start):
            s.speaker, s.cue = None, Cue.NARRATION  # the heading, a form question
        else:
            s.speaker, s.cue = sections[k].name, Cue.LABEL
    for sec in sections:
        if all(p.name != sec.name for p in participants):
            participants.append(Participant(sec.name, session_role=Role.INTERVIEWEE.value, in_roster=False))
    log.debug("questionnaire write-up: %d people, %d form questions", len(sections), len(prompts))
    return True
