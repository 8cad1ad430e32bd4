"""In a labelled transcript whose speakers' labels are sometimes dropped (a podcast's own transcript), the host's
paragraph that ends with a question to a named speaker ("Richard, tu peux te présenter un peu, s'il te plaît ?",
"Maria ?") is followed by that speaker's answer even where the answer has no label: the unlabelled paragraphs after
the question, up to the next label, are the speaker's, not the host's turn going on. The name must be one of the
speakers the labels give (a label elsewhere names them) and someone other than the asker.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import ADDRESSED_QUESTION, fold
from quidit.ingest.records import Cue, Participant, Sentence


def _paragraph_starts(text: str) -> set[int]:
    return {0} | {m.end() for m in re.finditer(r"\n[ \t]*\n", text)}


def addressed_answers(text: str, sentences: list[Sentence], participants: list[Participant]) -> int:
    """Give each unlabelled answer to a question put by name to a labelled speaker to that speaker; how many changed."""
    labelled = {}
    for s in sentences:
        if s.cue in (Cue.LABEL, Cue.LABEL_ROSTER) and s.speaker:
            labelled.setdefault(fold(s.speaker.split()[0]), s.speaker)
    if len(labelled) < 2:
        return 0
    starts = _paragraph_starts(text)
    changed = 0
    answerer: str | None = None  # the speaker the last paragraph's question was put to, while no label has come
    for k, s in enumerate(sentences):
        if s.cue != Cue.CONTINUATION:
            answerer = None  # a label, or any other cue, ends the answer
        elif answerer is not None:
            if s.speaker != answerer:
                s.speaker, s.cue = answerer, Cue.HANDOVER
                changed += 1
            continue
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        if nxt is None or nxt.start not in starts or nxt.cue != Cue.CONTINUATION or s.speaker is None:
            continue  # the question must end its paragraph, the next one unlabelled
        m = ADDRESSED_QUESTION.fullmatch(text, s.start, s.end)
        name = labelled.get(fold(m.group("name"))) if m is not None else None
        if name is not None and fold(name) != fold(s.speaker):
            answerer = name
    return changed
