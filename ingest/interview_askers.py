"""The interviewer's questions in a written interview whose answers are headed by the answerer's name alone on its
line (`name_lines`: "Kristian" over his answer, "Casidios" over his), the questions unlabelled paragraphs between the
answers: read as turns, each question would run on the last answer. The paragraph right before a name line that asks
(its first or last sentence ends with "?") or thanks the answerers ("Gracias por dedicar vuestro tiempo…", "Thank you both…"),
and is not the first paragraph under the name line above it (an answerer may ask back: "Kristian" / "¿Fran?"), is
the interviewer's; so is the one right before the first name line.

Only where the text names the interviewer, who never heads a name line: a byline ("Interview by Jane Roe", "Entrevista
realizada por Ana Gil", "Propos recueillis par Paul Roux") or an answerer's thanks ("Gracias a ti por la entrevista
Manu!!!", "Thanks, Jane!", "Merci Paul !", in the answers to the last question). Else nothing changes: a dialogue's host heads name lines of their own.

A magazine's interview labels the answers instead ("Johanna Roe : pour nous, le féminisme…"), the questions paragraphs
of their own, unlabelled, right over them ("Le féminisme, pour votre collectif, c'est quoi ?"): read as text, each
question runs on the last answer. A paragraph of one or two sentences ending in "?" right over a labelled answer is
the interviewer's, where the text names one: a byline, or the writer's name alone on a line after the last answer
(the article's signature or its author box, no answerer's name).
"""
from __future__ import annotations

import logging
import re

from quidit.ingest.lexicon import (
    ARTICLE_SIGNATURE,
    INTERVIEW_BYLINE,
    INTERVIEW_QUESTION_SENTENCES_MAX,
    INTERVIEW_THANKS_OPEN,
    INTERVIEW_WORD,
    INTERVIEWER_THANKED,
    NAME_LINES_MIN,
    Role,
    fold,
)
from quidit.ingest.names import lower_case_words
from quidit.ingest.records import Cue, Participant, Sentence

log = logging.getLogger(__name__)

_CLOSERS = " \t\"'”’»)]"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _asks(text: str, held: list[Sentence]) -> bool:
    """The paragraph's first or last sentence is a question ("…¿Cómo se lo venderíais?", "Interesante, ¿entonces…,
    verdad? Eso por no hablar de…"), or it opens by thanking."""
    ends = [text[s.start:s.end].rstrip(_CLOSERS) for s in (held[0], held[-1])]
    return any(e.endswith("?") for e in ends) or INTERVIEW_THANKS_OPEN.match(text, held[0].start) is not None


def _interviewer(text: str, answers: list[str], answerers: set[str]) -> str | None:
    """The one name a byline or the answerers' thanks give the interviewer, no answerer's; else None."""
    lower = lower_case_words(text)
    found = {m.group("name") for m in INTERVIEW_BYLINE.finditer(text)}
    if not found:
        found = {m.group("name") for a in answers for m in INTERVIEWER_THANKED.finditer(a)}
    found = {n for n in found if not any(w.lower() in lower or fold(w) in answerers for w in n.split())}
    return found.pop() if len(found) == 1 else None


def _held(text: str, sentences: list[Sentence]) -> tuple[list[tuple[int, int]], list[list[Sentence]]]:
    """The paragraphs and, for each, the sentences it holds."""
    paras = _paragraphs(text)
    starts = [a for a, _ in paras]
    held: list[list[Sentence]] = [[] for _ in paras]
    k = 0
    for s in sentences:
        while k + 1 < len(starts) and starts[k + 1] <= s.start:
            k += 1
        if paras and paras[k][0] <= s.start < paras[k][1]:
            held[k].append(s)
    return paras, held


def _give(questions: list[Sentence], asker: str, participants: list[Participant]) -> None:
    """The questions are the interviewer's, who joins the participants."""
    for s in questions:
        s.speaker, s.cue = asker, Cue.LABEL
    if all(p.name != asker for p in participants):
        participants.append(Participant(asker, session_role=Role.INTERVIEWER.value, in_roster=False))


def name_line_questions(text: str, sentences: list[Sentence], participants: list[Participant]) -> bool:
    """Give a name-line interview's unlabelled questions to the interviewer the text names; False (nothing changed)
    when the text is no such interview or names no interviewer."""
    paras, held = _held(text, sentences)
    # a name line: one line, one sentence with no speaker and a label's cue, over a paragraph its person's
    heads = [i for i in range(len(paras) - 1)
             if "\n" not in text[paras[i][0]:paras[i][1]].strip() and len(held[i]) == 1 and held[i][0].cue == Cue.LABEL
             and held[i][0].speaker is None and held[i + 1] and held[i + 1][0].speaker
             and held[i + 1][0].cue == Cue.CONTINUATION]
    if len(heads) < NAME_LINES_MIN:
        return False
    head_set = set(heads)
    asked = [i - 1 for n, i in enumerate(heads)
             if i >= 1 and i - 1 not in head_set and (n == 0 or i - 2 not in head_set)
             and held[i - 1] and _asks(text, held[i - 1])]
    asked = [j for j in asked if j < heads[0] or all(s.cue == Cue.CONTINUATION for s in held[j])]
    if len(asked) < 2:
        return False
    speakers = {s.speaker for i in heads for s in held[i + 1] if s.speaker}
    answerers = {fold(w) for p in participants if p.name in speakers for n in (p.name, *p.labels) for w in n.split()}
    answerers |= {fold(w) for i in heads for w in text[paras[i][0]:paras[i][1]].split()}
    # the thanks that name the interviewer close the interview: the answers to the last question only ("¡gracias
    # David Sanz!" inside an earlier answer thanks someone else)
    answers = [text[s.start:s.end] for s in sentences if s.speaker in speakers and s.start >= paras[asked[-1]][1]]
    asker = _interviewer(text, answers, answerers)
    if asker is None:
        return False
    _give([s for j in asked for s in held[j]], asker, participants)
    log.debug("name-line interview: %d questions given to the interviewer %s", len(asked), asker)
    return True


def _signature(text: str, paras: list[tuple[int, int]], after: int) -> str | None:
    """The writer's name alone on a line after the last answer (`after`: its paragraph's index), at the end or atop
    an author box ("Annabelle Roe" / "Rédactrice en chef" / her bio), else None."""
    for a, b in paras[after + 1:]:
        line = text[a:b].strip()
        if "\n" not in line and ARTICLE_SIGNATURE.fullmatch(line):
            return line
    return None


def label_line_questions(text: str, sentences: list[Sentence], participants: list[Participant]) -> bool:
    """Give a labelled interview's unlabelled questions to the interviewer the text names; False (nothing changed)
    when the text is no such interview or names no interviewer."""
    title = text.lstrip().split("\n", 1)[0]
    if not INTERVIEW_WORD.search(title) and INTERVIEW_BYLINE.search(text) is None:
        return False  # (a meeting's record may end on a clerk's signature and hold a speaker's question on its own)
    paras, held = _held(text, sentences)
    # an answer: a paragraph opened by a label that names its speaker ("Name : words…")
    heads = [i for i in range(len(paras)) if held[i] and held[i][0].cue == Cue.LABEL and held[i][0].speaker]
    if len(heads) < NAME_LINES_MIN:
        return False
    head_set = set(heads)
    asked = [i - 1 for i in heads if i >= 1 and i - 1 not in head_set and 0 < len(held[i - 1]) <= INTERVIEW_QUESTION_SENTENCES_MAX
             and all(s.cue in (Cue.CONTINUATION, Cue.NONE) for s in held[i - 1])
             and text[held[i - 1][-1].start:held[i - 1][-1].end].rstrip(_CLOSERS).endswith("?")]
    if len(asked) < 2:
        return False
    speakers = {s.speaker for i in heads for s in held[i] if s.speaker}
    answerers = {fold(w) for p in participants if p.name in speakers for n in (p.name, *p.labels) for w in n.split()}
    answers = [text[s.start:s.end] for s in sentences if s.speaker in speakers and s.start >= paras[asked[-1]][1]]
    asker = _interviewer(text, answers, answerers)
    signed = _signature(text, paras, heads[-1])
    if asker is None and signed is not None and not any(fold(w) in answerers for w in signed.split()):
        asker = signed
    if asker is None:
        return False
    _give([s for j in asked for s in held[j]], asker, participants)
    log.debug("labelled interview: %d questions given to the interviewer %s", len(asked), asker)
    return True
