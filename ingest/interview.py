"""Written interviews: no speaker label at all, a title that names the interview ("An Interview With Jane Roe",
"Interview avec X", "Entrevista con X"), each question a line of its own ending in "?", each answer the prose under it.

The answers are the interviewee's; the questions (and a message before the first one) are the interviewer's when the
text names both, else nobody's. Who is who: a question that greets someone ("Bonjour Jean-Baptiste.", "Hi Jane,")
names the interviewee, and then a different name in the title is the interviewer's (a questionnaire posted on the
interviewee's own blog is titled with who sent it); with no greeting the title's name is the interviewee's.
The press's form too: each question a paragraph led by a dash ("— Pourquoi… ?"), however long, the answer unmarked
paragraphs under it, the two people named by bylines ("Florence Roux, professeure à …", "Propos recueillis par X").
Only for a text where attribution found no speaker at all.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import (
    ANSWER_FIRST_PERSON,
    BULLET_START,
    INTERVIEW_ASIDE,
    INTERVIEW_BYLINE,
    INTERVIEW_CAPTION_WORDS,
    INTERVIEW_DASH_QUESTION,
    INTERVIEW_GREETING,
    INTERVIEW_GUEST_LINE,
    INTERVIEW_HEADLINE,
    INTERVIEW_INTRO,
    INTERVIEW_NAME_END,
    INTERVIEW_POSSESSIVE,
    INTERVIEW_QUESTION_NUMBER,
    INTERVIEW_QUESTION_WORDS,
    INTERVIEW_QUESTIONS_MIN,
    INTERVIEW_TITLE,
    LINE_HEADING_WORDS,
    NAME_RE,
    NAME_TOKEN,
    ORG_WORDS,
    PARAGRAPH_END,
    QUESTION_SECOND_PERSON,
    STENO_NOTE,
    Role,
    fold,
)
from quidit.ingest.names import TextNames, lower_case_words
from quidit.ingest.records import Cue, Participant, Sentence

_NAME = re.compile(NAME_RE)
_SURNAME_AFTER = re.compile(rf"[ \t]\(?({NAME_TOKEN})\)?(?![\w’'])")
_CLOSERS = " \t\"'”’»)]"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    out: list[tuple[int, int]] = []
    start = None
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            if start is None:
                start = pos
            last = end
        elif start is not None:
            out.append((start, last))
            start = None
        pos = end + 1
    if start is not None:
        out.append((start, last))
    return out


def _question(para: str) -> bool:
    """One line ending in "?", an aside in brackets allowed after it; or a numbered paragraph ("1. What is…?") ending
    in "?", over as many lines as it is wrapped."""
    s = para.strip()
    if "\n" in s and not INTERVIEW_QUESTION_NUMBER.match(s) or len(s.split()) > INTERVIEW_QUESTION_WORDS:
        return False
    if s.endswith(")"):
        open_at = s.rfind("(")
        if open_at < 0 or len(s) - open_at > INTERVIEW_ASIDE:
            return False
        s = s[:open_at].rstrip()
    return s.endswith("?")


def _dash_questions(text: str, paras: list[tuple[int, int]]) -> list[bool] | None:
    """Which paragraphs are questions when the text marks them as the press does, a dash at the head of the question's
    paragraph and the answer unmarked under it ("— Pourquoi… ?" / "Aujourd’hui, les outils…"): then every dash-led
    paragraph is a question, whatever its length or lines, and no other paragraph is (a subheading "Simplification
    nécessaire ?" between two exchanges asks nothing). None when the text does not ask so: fewer such questions than
    the form needs, or a dash-led paragraph right after another (a dialogue dashes every turn, answers too), or a
    paragraph of dashed lines (a list)."""
    dashed = [INTERVIEW_DASH_QUESTION.match(text, a) is not None for a, _ in paras]
    if any(INTERVIEW_DASH_QUESTION.match(line) for a, b in paras for line in text[a:b].split("\n")[1:]):
        return None
    if any(d and e for d, e in zip(dashed, dashed[1:])):
        return None
    asked = sum(1 for i, (a, b) in enumerate(paras[:-1]) if dashed[i] and text[a:b].rstrip(_CLOSERS).endswith("?"))
    return dashed if asked >= INTERVIEW_QUESTIONS_MIN else None


def _bylined(text: str, paras: list[tuple[int, int]], first: int) -> tuple[str, str] | None:
    """(interviewee, interviewer) from the press's bylines: the interviewer's ("Propos recueillis par Isabelle Roux",
    "Entrevista realizada por Ana Gil", "Interview by Jane Roe") anywhere in the text, the interviewee's a paragraph
    before the first question that opens with a full name and the person's role after a comma ("Florence Dufour,
    professeure à …"); None unless both are there, one name each, different people."""
    askers = {m.group("name") for m in INTERVIEW_BYLINE.finditer(text)}
    if len(askers) != 1:
        return None
    asker = askers.pop()
    lower = lower_case_words(text)
    for a, _ in paras[:first]:
        m = INTERVIEW_GUEST_LINE.match(text, a)
        if m is None:
            continue
        guest = m.group("name")
        words = [w.split("’")[-1].split("'")[-1] for w in guest.split() if w[:1].isupper() or w[1:2] in "’'"]
        if any(w.lower() in lower or fold(w) in ORG_WORDS for w in words) or set(words) & set(asker.split()):
            return None
        return guest, asker
    return None


def title_name(title: str) -> str | None:
    """The person an interview's title line names ("Interview with Spree's Ryan Bigg, maintainer" -> Ryan Bigg)."""
    m = INTERVIEW_TITLE.match(title.strip())
    if not m:
        return None
    rest = m.group("rest")
    cut = INTERVIEW_NAME_END.search(rest)
    rest = rest[:cut.start()] if cut else rest
    rest = INTERVIEW_POSSESSIVE.sub("", rest.strip())
    name = _NAME.fullmatch(rest.strip())
    return name.group(0) if name and len(name.group(0).split()) <= 4 else None


def _name_title(title: str, text: str, questions: list[str]) -> str | None:
    """A title that is only a person's name ("Gaël Varoquaux", no "interview with"), over questions most of which
    address someone in the second person ("Où travailles-tu ?", "What do you use?"): an interview series headed with
    who answers. Not a title of capitalised common words ("Frequently Asked Questions": the text writes "questions")."""
    t = title.strip()
    if "\n" in t or TextNames([], lower_case_words(text), frozenset()).name_at(t, sentence_start=True) != t:
        return None
    if 2 * sum(1 for q in questions if QUESTION_SECOND_PERSON.search(q)) <= len(questions):
        return None
    return t


def _fuller(name: str, text: str) -> str:
    """A greeted first name with the surname the text gives it next ("Jean-Baptiste (Holcroft)"), else as it is."""
    if " " in name:
        return name
    at = text.find(name)
    while 0 <= at < len(text):
        m = _SURNAME_AFTER.match(text, at + len(name))
        if m and not text[at - 1:at].isalnum():
            return f"{name} {m.group(1)}"
        at = text.find(name, at + len(name))
    return name


def _introduced(text: str, a: int, b: int) -> tuple[str, str | None] | None:
    """(interviewee, interviewer or None) from an introduction that names them before the first question ("Nitish
    Kumar interviews Verónica López (PlanetScale), …", "we spoke with Jane Roe"), or None."""
    m = INTERVIEW_INTRO.search(text, a, b)
    if m is None:
        return None
    names = TextNames([], lower_case_words(text), frozenset())
    guest = INTERVIEW_POSSESSIVE.sub("", m.group("guest")).strip()
    guest = " ".join(guest.split())
    if " " in guest:
        guest = names.name_at(guest) or ""
    elif guest.lower() in names.lower:
        guest = ""
    asker = " ".join(m.group("asker").split()) if m.group("asker") else None
    if asker is not None:
        asker = names.name_at(asker, sentence_start=True)
        if asker is None:
            return None
    return (guest, asker) if guest and guest != asker else None


def _heading(para: str) -> bool:
    """A short line with no closing punctuation that is not a list item: a heading, nobody's words."""
    s = para.strip()
    return ("\n" not in s and len(s.split()) <= LINE_HEADING_WORDS and not PARAGRAPH_END.search(s)
            and not BULLET_START.match(s) and not STENO_NOTE.match(s))


def _headline(text: str, sentences: list[Sentence], first: tuple[int, int]) -> str | None:
    """The interviewee a headline quotes ("Jane Roe (Acme): 'We love stories'"), when that label is the only cue the
    first pass found (every later sentence only carries it on); else None."""
    a, b = first
    if not INTERVIEW_HEADLINE.match(text, a, b):
        return None
    head = {s.speaker for s in sentences if s.start < b and s.speaker and s.cue == Cue.LABEL}
    if len(head) != 1 or any(s.speaker and (s.start >= b and s.cue != Cue.CONTINUATION or s.speaker not in head)
                             for s in sentences):
        return None
    return head.pop()


def _caption(text: str, paras: list[tuple[int, int]], asks: list[bool], i: int, dashed: bool = False) -> bool:
    """A photo caption: a short line of its own, with no first person, after an answer's paragraph and closing it; where
    a dash marks the questions, such a line may end in "?" (a subheading: "Simplification nécessaire ?")."""
    a, b = paras[i]
    s = text[a:b]
    return ("\n" not in s.strip() and len(s.split()) <= INTERVIEW_CAPTION_WORDS and not ANSWER_FIRST_PERSON.search(s)
            and not asks[i - 1] and (i + 1 == len(paras) or asks[i + 1]) and (dashed or not s.rstrip().endswith("?")))


def written_interview(text: str, sentences: list[Sentence], participants: list[Participant]) -> bool:
    """Give the sentences of a written interview to its interviewer and interviewee; False (nothing changed) when the
    text is not one."""
    paras = _paragraphs(text)
    if len(paras) < 2 * INTERVIEW_QUESTIONS_MIN + 1:
        return False
    headline = _headline(text, sentences, paras[0])
    if headline is None and any(s.speaker and s.cue in (Cue.LABEL, Cue.LABEL_ROSTER) for s in sentences):
        return False
    reported = headline is None and any(s.speaker for s in sentences)  # only an introduction or bylines naming both may override
    title = headline or title_name(text[paras[0][0]:paras[0][1]])
    dashed = _dash_questions(text, paras)
    asks = dashed or [_question(text[a:b]) for a, b in paras]
    answered = [i for i in range(1, len(paras) - 1) if asks[i] and not asks[i + 1]]
    if len(answered) < INTERVIEW_QUESTIONS_MIN:
        return False
    blocks = [(paras[i + 1][0], paras[next((j for j in range(i + 1, len(paras)) if asks[j]), len(paras)) - 1][1])
              for i in answered]
    if 2 * sum(1 for a, b in blocks if ANSWER_FIRST_PERSON.search(text, a, b)) <= len(blocks):
        return False
    first = answered[0]
    told = False
    greeted = None
    for i in range(1, len(paras)):
        if i <= first or asks[i]:
            g = INTERVIEW_GREETING.match(text, paras[i][0], paras[i][1])
            if g:
                greeted = g.group("name")
                break
    intro = None if headline or (greeted or title) and not reported else _introduced(text, paras[0][0], paras[first][0])
    # the press's bylines name both people where a dash marks the questions (a standfirst's "X nous explique…" is no turn)
    bylined = _bylined(text, paras, first) if dashed and headline is None and intro is None else None
    if reported and intro is None and bylined is None:
        return False
    if headline:
        answerer, asker = headline, None
    elif intro:
        answerer, asker = intro
    elif bylined and (reported or not (title or greeted)):
        (answerer, asker), told = bylined, True  # the page's header, bylines and standfirst are the editor's
    elif greeted and title and not set(greeted.split()) & set(title.split()):
        answerer, asker = _fuller(greeted, text), title
    elif title or greeted:
        answerer, asker = title or greeted, None
    else:
        answerer = _name_title(text[paras[0][0]:paras[0][1]], text, [text[a:b] for (a, b), q in zip(paras, asks) if q])
        if answerer is None:
            return False
        asker = None
    last = max(i for i in range(len(paras)) if asks[i])
    # a heading after the last answer ("Final thoughts", "Conclusion") opens the writer's closing: nobody's
    closing = next((i for i in range(last + 2, len(paras)) if _heading(text[paras[i][0]:paras[i][1]])), len(paras))
    role: list[str | None] = [None] * len(paras)  # who each paragraph is
    for i in range(1, len(paras)):
        if asks[i]:
            role[i] = asker
        elif i < first:  # the writer's introduction in the third person is nobody's; a message before the questions is the asker's
            role[i] = None if intro or told or _heading(text[paras[i][0]:paras[i][1]]) else asker
        elif first < i < closing and not _caption(text, paras, asks, i, dashed is not None):
            role[i] = answerer
    if headline:
        role[0] = headline  # the headline quotes her
    for name, kind in ((answerer, Role.INTERVIEWEE.value), (asker, Role.INTERVIEWER.value)):
        if name and all(p.name != name for p in participants):
            participants.append(Participant(name, session_role=kind, in_roster=False))
    starts = [a for a, _ in paras]
    k = 0
    for s in sentences:
        while k + 1 < len(starts) and starts[k + 1] <= s.start:
            k += 1
        if role[k]:
            s.speaker, s.cue = role[k], Cue.LABEL
        elif k == 0 or (k > first and not asks[k]) or k < first and (intro or told) or _heading(text[paras[k][0]:paras[k][1]]):
            s.speaker, s.cue = None, Cue.NARRATION  # a heading, a caption
        else:
            s.speaker = None
    return True
