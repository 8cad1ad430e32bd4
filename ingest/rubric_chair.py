"""A parliament's record as the Journal des débats writes it: each item under its rubric's heading, the presiding
officer's call right under the heading in a paragraph of its own with no label ("À la rubrique Dépôt de documents,
Mme la ministre…"), and each member's statement under its topic's heading and the member's full name on lines of
their own:

    Le Vice-Président (M. Lévesque) : Merci beaucoup. La prochaine déclaration sera celle de M. le député…

    Souligner le 10e anniversaire de la campagne de sensibilisation
    et de financement Noeudvembre

    M. Mathieu Lemay

    M. Lemay : M. le Président, nous sommes déjà le 1er novembre…

The call is the words of whoever presided last (a label the chair's role or a deputy's, `PRESIDING_LABEL`), though no
label opens it; the topic is nobody's words, though no final stop ends it and the chair spoke just before it."""
from __future__ import annotations

import bisect
import re

from quidit.ingest.labels import Line, LineKind, paragraph_spans
from quidit.ingest.lexicon import CHAIR_CALL, END_OF_SENTENCE, HONORIFIC_RE, PRESIDING_LABEL, Role, role_of
from quidit.ingest.records import Cue, Sentence

# a member's full name alone on its line: an honorific and two to five capitalised words ("Mme Linda Caron")
_NAME_PARAGRAPH = re.compile(rf"(?:{HONORIFIC_RE})\s+(?:[A-ZÀ-Þ][\w’'.-]*\s?){{1,5}}")
# the member's label that follows, as the record writes it ("Mme Caron : Merci…"), a label line or not
_LABEL_START = re.compile(rf"(?:{HONORIFIC_RE})\s+[^:\n]{{1,60}}?\s?:\s")


def presides(name: str) -> bool:
    """Whether a speaker's label names who presides: the chair's role or a deputy's ("Le Vice-Président")."""
    return role_of(name) == Role.CHAIR or PRESIDING_LABEL.match(name.strip()) is not None


def chair_calls(text: str, out: list[Sentence]) -> None:
    """Give a paragraph that no label opens, right under a heading, whose sentences hold no speaker yet and one of
    which calls the next speaker (CHAIR_CALL), to whoever presided last."""
    chair: str | None = None
    paragraphs = paragraph_spans(text)
    k = 0
    i = 0
    while i < len(out):
        st = out[i]
        if st.cue in (Cue.LABEL, Cue.LABEL_ROSTER) and st.speaker and presides(st.speaker):
            chair = st.speaker
        while k < len(paragraphs) and paragraphs[k][1] <= st.start:
            k += 1
        if chair is None or st.speaker is not None or st.cue != Cue.NONE or k >= len(paragraphs) \
                or paragraphs[k][0] != st.start or k == 0 or not _heading_paragraph(text, paragraphs[k - 1]):
            i += 1
            continue
        a, b = paragraphs[k]
        run = [j for j in range(i, len(out)) if out[j].start < b]
        if all(out[j].speaker is None and out[j].cue == Cue.NONE for j in run) \
                and any(CHAIR_CALL.search(text, out[j].start, out[j].end) for j in run):
            for j in run:
                out[j].speaker, out[j].cue = chair, Cue.PRESIDING
        i = run[-1] + 1 if run else i + 1


def _heading_paragraph(text: str, span: tuple[int, int]) -> bool:
    """A short paragraph with no final stop: a rubric's or a topic's heading."""
    a, b = span
    return len(text[a:b].split()) <= 16 and not END_OF_SENTENCE.search(text[a:b]) and not text[a:b].rstrip().endswith(":")


def topic_headings(text: str, units: list[Line], out: list[Sentence]) -> None:
    """A short paragraph with no final stop, over a member's full name on a line of its own, over that member's
    label: the statement's topic, nobody's words (not the words of the chair who spoke before it)."""
    paragraphs = paragraph_spans(text)
    labels = {u.start for u in units if u.kind == LineKind.LABEL}
    starts = [st.start for st in out]
    for k in range(len(paragraphs) - 2):
        (a, b), (c, d), (e, _) = paragraphs[k], paragraphs[k + 1], paragraphs[k + 2]
        if e not in labels and not _LABEL_START.match(text, e) or not _heading_paragraph(text, (a, b)) or not _NAME_PARAGRAPH.fullmatch(text[c:d].strip()):
            continue
        for st in out[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:  # the heading's sentences
            if st.cue == Cue.CONTINUATION:
                st.speaker, st.cue = None, Cue.NARRATION
