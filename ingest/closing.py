"""The writer's closing after a labelled exchange: a written interview or dialogue whose every turn is one paragraph
opening with its label ("Edwin: …?", "Gertjan: …"), then, after the last turn, unlabelled paragraphs in the writer's
voice ("Comme vous pouvez le constater, … comme le dit Gertjan:", a date line, a source line).

In a text that keeps one paragraph per turn from its first label to its last (at least CLOSING_TURNS_MIN turns, two
people at least), an unlabelled paragraph after the last turn that names one of the people of the exchange in the
third person (not as a vocative, "Thank you, Jane,") is no continuation of the last turn: that paragraph and the
unlabelled ones after it are nobody's. Only sentences that merely carried the last speaker on change.

A writer who closes in so many words ("Y hasta aquí la primera parte de la entrevista.") needs no such layout: see
`closing_formula`.
"""
from __future__ import annotations

import logging
import re

from quidit.ingest.lexicon import (
    CLOSING_FORMULA,
    CLOSING_TURNS_MIN,
    CLOSING_VOCATIVE_AFTER,
    CLOSING_VOCATIVE_BEFORE,
    CLOSING_VOCATIVE_WINDOW,
)
from quidit.ingest.records import Cue, Sentence

log = logging.getLogger(__name__)

_LABELLED = (Cue.LABEL, Cue.LABEL_ROSTER)


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph (a run of non-blank lines) starts."""
    out = [0] if text[:1].strip() else []
    for m in re.finditer(r"\n[ \t]*\n+[ \t]*(?=\S)", text):
        out.append(m.end())
    return out


def _third_person(para: str, name: str) -> bool:
    """The paragraph names the person other than by addressing them."""
    for m in re.finditer(rf"(?<![\w’']){re.escape(name)}(?![\w’'])", para):
        before = para[max(0, m.start() - CLOSING_VOCATIVE_WINDOW):m.start()]
        if not (CLOSING_VOCATIVE_BEFORE.search(before) or CLOSING_VOCATIVE_AFTER.match(para, m.end())):
            return True
    return False


def writers_closing(text: str, sentences: list[Sentence]) -> int:
    """Give back to nobody the writer's closing paragraphs after a one-paragraph-per-turn exchange; how many
    sentences changed."""
    starts = _paragraph_starts(text)
    if len(starts) < CLOSING_TURNS_MIN + 1:
        return 0
    first_of: dict[int, Sentence] = {}  # paragraph index -> its first sentence
    k = 0
    for st in sentences:
        while k + 1 < len(starts) and starts[k + 1] <= st.start:
            k += 1
        first_of.setdefault(k, st)
    turns = [k for k, st in first_of.items() if st.speaker and st.cue in _LABELLED]
    if len(turns) < CLOSING_TURNS_MIN or len({first_of[k].speaker for k in turns}) < 2:
        return 0
    if turns[-1] - turns[0] + 1 != len(turns):
        return 0  # an unlabelled paragraph inside the exchange: a turn may run over paragraphs
    after = turns[-1] + 1
    if after >= len(starts) or after not in first_of:
        return 0
    end = starts[after + 1] if after + 1 < len(starts) else len(text)
    people = {first_of[k].speaker for k in turns}
    if not any(_third_person(text[starts[after]:end], p) for p in people if p):
        return 0
    changed = 0
    for st in sentences:
        if st.start >= starts[after] and st.cue == Cue.CONTINUATION:
            st.speaker, st.cue = None, Cue.NARRATION
            changed += 1
    log.debug("writer's closing after the last of %d turns: %d sentences", len(turns), changed)
    return changed


def closing_formula(text: str, sentences: list[Sentence]) -> int:
    """The writer's closing that says so, after the last labelled turn of an exchange whose turns may run over
    paragraphs: an unlabelled paragraph that opens with a closing formula naming the interview or its part ("Y hasta
    aquí la primera parte de la entrevista.", "C'est tout pour cet entretien.", "That's all for this interview.",
    `CLOSING_FORMULA`) is the writer's, and so are the unlabelled paragraphs after it, not the last answer going on.
    Only when no label follows and the turn it seemed to carry on is not the first speaker's (the host who opens an
    exchange may close it in their own turn). Give them back to nobody; how many sentences changed."""
    labelled = [st for st in sentences if st.speaker and st.cue in _LABELLED]
    if len({st.speaker for st in labelled}) < 2:
        return 0
    starts = set(_paragraph_starts(text))
    after = [st for st in sentences if st.start > labelled[-1].start]
    at = next((st for st in after if st.start in starts and st.cue == Cue.CONTINUATION
               and CLOSING_FORMULA.match(text, st.start, st.end)), None)
    if at is None or at.speaker == labelled[0].speaker:
        return 0
    changed = 0
    for st in after:
        if st.start >= at.start and st.cue == Cue.CONTINUATION:
            st.speaker, st.cue = None, Cue.NARRATION
            changed += 1
    log.debug("writer's closing formula after the last turn: %d sentences", changed)
    return changed
