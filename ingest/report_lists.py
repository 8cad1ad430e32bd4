"""A reporter's list of items in minutes. A sentence in which a person reports ("El secretario del CPA dio seguimiento
a los acuerdos siguientes:", "…, informando lo siguiente:", "Steve reported the following:") and which ends on a colon
at its line's end opens that person's list: the paragraphs after it are the report, items whose heading runs into
the sentence ("Cierre fiscal: Se informó que…") and the record's impersonal voice ("Asimismo, se mencionó…")
included, up to the next numbered item, a vote or decision, or another person's turn. An item heading read as a
speaker label ("Actualización del Reglamento: …") names nobody the lists give and is the reporter's item; in a text
of speaker labels a label is a turn and ends the list."""
from __future__ import annotations

import logging

from quidit.ingest.lexicon import AGENDA_ITEM, HEADING_LINE_MAX_WORDS, REPORT_LIST_OPENER, VOTE
from quidit.ingest.records import Cue, Sentence

log = logging.getLogger(__name__)

# cues that name the reporter of a list's opening sentence
_REPORTER_CUES = (Cue.SPEECH_VERB, Cue.ROLE_WORD, Cue.ANAPHORA, Cue.PASSIVE)
# cues of sentences that name no new speaker: inside a list they are the reporter's
_UNNAMED_CUES = (Cue.NONE, Cue.NARRATION, Cue.CONTINUATION)


def _opens_list(text: str, st: Sentence) -> bool:
    line_end = text.find("\n", st.end)
    rest = text[st.end:line_end if line_end >= 0 else len(text)]
    return st.speaker is not None and st.cue in _REPORTER_CUES and not rest.strip() \
        and REPORT_LIST_OPENER.search(text[st.start:st.end]) is not None


def _heading_line(text: str, st: Sentence) -> bool:
    """A line of its own, a few words with no sentence's end ("Next F2F Meeting"): an unnumbered item's heading."""
    seg = text[st.start:st.end].strip()
    whole = (st.start == 0 or text[st.start - 1] == "\n") and text[st.end:st.end + 1] in ("", "\n")
    return whole and len(seg.split()) <= HEADING_LINE_MAX_WORDS and seg[-1:] not in ".!?:;…"


def _ends_list(text: str, st: Sentence) -> bool:
    """A numbered item ("5.- Evaluación…"), an unnumbered heading line, a vote or decision ("Por unanimidad, se
    acordó…"), the attendance."""
    seg = text[st.start:st.end]
    return AGENDA_ITEM.match(seg) is not None or VOTE.search(seg) is not None \
        or st.cue == Cue.ROSTER or _heading_line(text, st)


def own_report_lists(text: str, out: list[Sentence], known: set[str], label_doc: bool) -> int:
    """Give the sentences of each reporter's list to the reporter; `known`: names the lists give (a label naming one of
    them is a turn). Returns how many sentences changed."""
    lister: str | None = None
    items: set[str] = set()  # item headings taken for labels in the current list
    changed = 0
    for st in out:
        if lister is not None:
            label_item = st.cue in (Cue.LABEL, Cue.LABEL_ROSTER) and not label_doc and st.speaker not in known
            if _ends_list(text, st):
                if st.cue == Cue.CONTINUATION and st.speaker in items:  # "4.- Seguimiento…" ran on from an item
                    st.speaker, st.cue = None, Cue.NARRATION
                    changed += 1
                lister, items = None, set()
            elif label_item or st.cue in _UNNAMED_CUES and (st.speaker is None or st.speaker == lister or st.speaker in items):
                if label_item and st.speaker is not None:
                    items.add(st.speaker)
                changed += st.speaker != lister
                st.speaker, st.cue = lister, Cue.CONTINUATION
                continue
            else:
                lister, items = None, set()
        if _opens_list(text, st):
            lister = st.speaker
    if changed:
        log.debug("report lists: %d sentences given to their reporter", changed)
    return changed
