"""A community Q&A typed in a chat and tidied into a page: each question on a line of its own ending with who asked
it, each answer's paragraphs followed by a line that signs them with the writer's handle:

    Q: Jest and Yarn are going to TypeScript. Can we do react-native next? — brentvatne

    A: We don't have plans right now to move to TypeScript…

    — EliWhite

    And to add to @EliWhite, Flow is important to FB…

    — Rick

"Q:" and "A:" are no speakers: the signature says who wrote the paragraphs since the question or the signature before
it (a second answer is signed after its words, with no "A:"), the question's tail says who asked. A short heading line
among them ("Introduction") is nobody's. Only where the text signs SIGNED_BLOCKS_MIN blocks so."""
from __future__ import annotations

import re

from quidit.ingest.labels import paragraph_spans
from quidit.ingest.lexicon import END_OF_SENTENCE, SIGNED_BLOCKS_MIN, SIGNED_QUESTION, SIGNOFF_LINE, fold
from quidit.ingest.names import resolve
from quidit.ingest.records import Cue, Participant, Sentence

_HEADING_WORDS = 8  # a paragraph this short with no final stop is a heading, nobody's words


def signed_blocks(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, writer) spans the layout gives: each question paragraph to its asker, the paragraphs before
    each signature (up to the question, the signature or the heading before them) to the signer. Empty when the
    text is not so written."""
    paragraphs = paragraph_spans(text)
    signatures = [k for k, (a, b) in enumerate(paragraphs) if SIGNOFF_LINE.fullmatch(text, a, b)]
    if len(signatures) < SIGNED_BLOCKS_MIN:
        return []
    out: list[tuple[int, int, str]] = []
    open_at = 0  # the first paragraph of the block the next signature signs
    for k, (a, b) in enumerate(paragraphs):
        if (q := SIGNED_QUESTION.fullmatch(text, a, b)) is not None:
            out.append((a, b, q.group("who")))
            open_at = k + 1
        elif k in signatures:
            who = SIGNOFF_LINE.fullmatch(text, a, b).group("who")
            for c, d in paragraphs[open_at:k]:
                out.append((c, d, who))
            open_at = k + 1
        elif _heading(text, a, b):
            open_at = k + 1  # "Introduction", "Follow the team": the block starts under it
    return out


def _heading(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b] and len(text[a:b].split()) <= _HEADING_WORDS and not END_OF_SENTENCE.search(text[a:b]) \
        and not text[a:b].rstrip().endswith((":", ")"))


def sign(text: str, out: list[Sentence], participants: list[Participant]) -> int:
    """Give each sentence of a signed block to its writer (a new participant when no list names them) and each
    signature line to nobody. Return how many sentences were signed."""
    blocks = signed_blocks(text)
    if not blocks:
        return 0
    people: dict[str, Participant] = {}
    for _, _, who in blocks:
        if who not in people:
            handle = who.lstrip("@")  # a handle is that very name or label ("paulxuca" is not the listed Paul Stockley)
            p = next((q for q in participants if fold(q.name) == fold(handle) or handle in q.labels), None) \
                if " " not in handle else resolve(handle, participants)
            if p is None:
                p = Participant(name=handle, in_roster=False)
                participants.append(p)
            people[who] = p
    signed = 0
    k = 0
    for st in out:
        while k < len(blocks) and blocks[k][1] <= st.start:
            k += 1
        if k < len(blocks) and blocks[k][0] <= st.start < blocks[k][1]:
            st.speaker, st.cue = people[blocks[k][2]].name, Cue.LABEL
            signed += 1
        elif SIGNOFF_LINE.fullmatch(text, st.start, st.end) or re.fullmatch(r"[—–]\s?\S.{0,40}", text[st.start:st.end].strip()):
            st.speaker, st.cue = None, Cue.NARRATION
    return signed
