"""Machine-written meeting summaries: Google Meet's "Notas de Gemini" / "Notes by Gemini" / "Notes de Gemini", Zoom AI
Companion's "Meeting summary" / "Quick recap", Teams Copilot and Otter notes. They are told from their fixed section
headings, each a line of its own: an overview ("Resumen", "Summary", "Quick recap"), the topics ("Detalles",
"Details", "Outline") and a task list ("Pasos siguientes recomendados", "Suggested next steps", "Action items",
"Étapes suivantes suggérées"). A task list with at least one of the other two headings is the layout; one of them
alone is any document's heading.

Each item of the overview and the topics is a paragraph of third-person reports ("Rodrigo Hernández Escalante
propuso…", "Tom Baker explained…", "Anne Morel a indiqué…"), the first one often after the item's topic run into it
("Aspectos Financieros del Proyecto Rodrigo Hernández Escalante abordó…"): a sentence whose subject is one participant
is that participant's, whatever its verb ("Itzcoatl estuvo de acuerdo…"); the sentences after it without a subject of
their own ("Además, mencionó…") are that person's too; a sentence whose subject is two people or the group ("X y Y
discutieron…", "Ambos acordaron…") is nobody's, and so are the subjectless ones after it.

The task list is the record's: its items open with the name of whoever will do the task ("Rodrigo Hernández Escalante
enviará…", "Ana to send the deck"), which is no one's words; so are the tool's own lines about its notes ("Revisa las
notas de Gemini…", "AI-generated content may be inaccurate…")."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from quidit.ingest.lexicon import (
    HEADING_LINE_MAX_WORDS,
    SUMMARY_DETAILS_LINE,
    SUMMARY_GROUP_OPENER,
    SUMMARY_NAME_WRITTEN_MIN,
    SUMMARY_ONE_WORD,
    SUMMARY_OVERVIEW_LINE,
    SUMMARY_SUBJECT_VERB,
    SUMMARY_TASK_OWNER,
    SUMMARY_TASKS_LINE,
    SUMMARY_TOOL_LINE,
    SUMMARY_TOPIC_HEAD,
)
from quidit.ingest.names import BARE_NAME, TextNames, fold, resolve
from quidit.ingest.records import Cue, Participant, Sentence

log = logging.getLogger(__name__)


@dataclass
class SummaryLayout:
    headings: list[str]  # the section headings met, in text order (the genre's evidence)
    tasks: list[tuple[int, int]] = field(default_factory=list)  # spans of the task lists, from under their heading
    tool_lines: list[tuple[int, int]] = field(default_factory=list)  # the tool's own lines about its notes
    body: int = 0  # where the first section heading starts
    owners: list[str] = field(default_factory=list)  # the names the task list writes in brackets, "[Ana Gil] …"

    def evidence(self) -> str:
        return "machine-written meeting summary (sections " + ", ".join(repr(h) for h in self.headings[:4]) + ")"


def summary_layout(text: str, line_starts: list[int]) -> SummaryLayout | None:
    """The layout of a machine-written meeting summary, or None: a task-list heading line and an overview or topics
    heading line."""
    bounds = list(zip(line_starts, [*line_starts[1:], len(text)])) or [(0, len(text))]
    heads: list[tuple[int, int, bool]] = []  # (start, end, is the task list) of each section heading line
    tools: list[tuple[int, int]] = []
    ends: list[int] = []  # other headings, after a task list: where it ends
    for a, b in bounds:
        line = text[a:b].rstrip("\n")
        short = len(line) <= 80  # (the patterns are anchored at both ends: a heading is the whole line)
        if short and SUMMARY_TASKS_LINE.match(line):
            heads.append((a, a + len(line), True))
        elif short and (SUMMARY_OVERVIEW_LINE.match(line) or SUMMARY_DETAILS_LINE.match(line)):
            heads.append((a, a + len(line), False))
        elif SUMMARY_TOOL_LINE.match(line):
            tools.append((a, a + len(line)))
        elif heads and heads[-1][2] and _other_heading(text, a, b, line):
            ends.append(a)  # "Open questions" after the task list: another section, not a task
    if not any(t for *_, t in heads) or all(t for *_, t in heads):
        return None
    layout = SummaryLayout([text[a:b].strip() for a, b, _ in heads], tool_lines=tools, body=heads[0][0])
    for i, (a, b, is_tasks) in enumerate(heads):
        if is_tasks:  # up to the next section heading, or the end
            after = [x for x in [*(h[0] for h in heads[i + 1:]), *ends] if x > b]
            layout.tasks.append((b, min(after, default=len(text))))
            layout.owners += [m.group("owner") for m in SUMMARY_TASK_OWNER.finditer(text, b, layout.tasks[-1][1])]
    layout.owners = list(dict.fromkeys(layout.owners))
    return layout


def _other_heading(text: str, a: int, b: int, line: str) -> bool:
    """A paragraph of one short line with no sentence's end ("Open questions"): a section heading of its own."""
    alone = (a == 0 or text[a - 2:a] == "\n\n") and (b == len(text) or text[a:b].endswith("\n\n"))
    return alone and 0 < len(line.split()) <= HEADING_LINE_MAX_WORDS and line.rstrip()[-1:] not in ".!?:;…"


def record_tasks(text: str, line_starts: list[int]) -> list[tuple[int, int]]:
    """A meeting's own minutes end with the same task list ("Action Items" / "Sergii will provide the minutes…" /
    "Stefan Hagen to label the PRs…", "Prochaines étapes", "Próximos pasos"): the spans under such a heading, a
    paragraph of its own, up to the next heading of its own (`_other_heading`) or the end. The caller asks it of
    minutes only (a title or an attendance list): in a talk's notes "Next steps" may be the speaker's slide."""
    bounds = list(zip(line_starts, [*line_starts[1:], len(text)]))
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for a, b in bounds:
        line = text[a:b].rstrip("\n")
        if start is not None and _other_heading(text, a, b, line):
            spans.append((start, a))
            start = None
        if start is None and len(line) <= 80 and SUMMARY_TASKS_LINE.match(line) and _other_heading(text, a, b, line):
            start = a + len(line)
    if start is not None:
        spans.append((start, len(text)))
    return spans


def silence_tasks(layout: SummaryLayout, out: list[Sentence]) -> int:
    """Give the task lists' sentences and the tool's lines to nobody. Returns how many sentences changed."""
    return silence(layout.tasks + layout.tool_lines, out)


def silence(spans: list[tuple[int, int]], out: list[Sentence]) -> int:
    """Give the sentences that start inside the spans to nobody. Returns how many sentences changed."""
    changed = 0
    for st in out:
        if any(a <= st.start < b for a, b in spans):
            changed += st.speaker is not None
            st.speaker, st.cue = None, Cue.NARRATION
    if changed:
        log.debug("%d task-list or tool sentences given to nobody", changed)
    return changed


def _people_in(words: str, people: list[Participant], names: TextNames | None) -> int:
    """How many different people a run of capitalised words names (a written full name inside a longer one, "Rodrigo
    Hernández Escalante" in "Herramientas Rodrigo Hernández Escalante", is one person). A run of capitalised words the
    summary writes only once is no one's name but a topic's words glued to a name ("Recomendación de Series",
    "Técnicos Kauneda Arashi" in "Recomendación de Series y Problemas Técnicos Kauneda Arashi recomendó…"): the
    names counted are the participants' and those written twice or more."""
    run = fold(words)
    written = names.written if names is not None else {}
    found = {fold(p.name) for p in people} | {n for n, k in written.items() if k >= SUMMARY_NAME_WRITTEN_MIN}
    found = {n for n in found if len(n.split()) >= 2 and n in run}
    # names that overlap in the run are one person written two ways ("rose rios" and "rios gomez" in "rose rios gomez")
    starts = sorted((run.find(n), n) for n in found if not any(m != n and m in n for m in found))
    people_count, end = 0, -1
    for at, n in starts:
        people_count += at >= end
        end = max(end, at + len(n))
    return people_count


def _person(name: str, people: list[Participant], participants: list[Participant], names: TextNames | None,
            make: bool) -> Participant | None:
    """The participant a full name is, or a new one when the summary writes that name elsewhere and `make`."""
    p = resolve(name, people)
    if p is None and names is not None and names.written.get(fold(name), 0) and len(name.split()) >= 2:
        p = Participant(name=name, in_roster=False, session_role=None)  # a full name the summary writes as a name
        if make:
            participants.append(p)
    return p


def _owner_subject(seg: str, owners: list[str], participants: list[Participant]) -> Participant | None:
    """The task list's bracketed owner ("[Médico Ocupacional2] Enviar…") that opens the sentence, after its item's
    topic or not, as the subject of a verb ("Médico Ocupacional2 indicó…"): a Meet account's name, which may hold a
    digit or be written in lower case in the list, is still that participant. None when no owner opens it."""
    low = seg.casefold()
    for owner in owners:
        if len(owner.split()) < 2 or len(owner) != len(owner.casefold()):
            continue  # (one word may be any topic's; a name whose case folding changes its length is left alone)
        at = low.find(owner.casefold(), 0, 200)
        while at >= 0:
            end = at + len(owner)
            if _topic_before(seg, at) and SUMMARY_SUBJECT_VERB.match(seg, end):
                p = next((q for q in participants if fold(q.name) == fold(owner)), None)
                if p is None:
                    p = Participant(name=seg[at:end], in_roster=False, session_role=None)
                    participants.append(p)
                return p
            at = low.find(owner.casefold(), end, 200)
    return None


def _subject(text: str, st: Sentence, participants: list[Participant], names: TextNames | None,
             owners: list[str] = ()) -> Participant | str | None:
    """The participant a sentence opens with, as the subject of a verb (after its item's topic or not); "pair" when
    its first names are two people joined ("X e Y discutieron…"); None when no participant opens it."""
    seg = text[st.start:min(st.end, st.start + 300)]
    owner = _owner_subject(seg, list(owners), participants)
    if owner is not None:
        return owner
    people = [p for p in participants if len(p.name.split()) >= 2]
    one = SUMMARY_ONE_WORD.match(seg)  # "Rodrigo demostró…"
    if one is not None and SUMMARY_SUBJECT_VERB.match(seg, one.end()):
        full = names.full_name(one.group(0), st.start) if names is not None else None
        p = resolve(one.group(0), people) or (_person(full, people, participants, names, True) if full else None)
        if p is not None:
            return p
    for run in BARE_NAME.finditer(seg, 0, 200):
        words = run.group(1)
        if _people_in(words, people, names) >= 2:
            return "pair" if _topic_before(seg, run.start(1)) else None
        name = (names.glued_tail(words) if names is not None else None) or words
        verb = SUMMARY_SUBJECT_VERB.match(seg, run.end(1)) is not None
        at = run.start(1) + words.rfind(name)
        if not _topic_before(seg, at) and run.start(1) == 0:
            continue  # the topic's own words name someone: "La Reputación de Comadreja Negra como Mentor X sugiere…"
        if not _topic_before(seg, at):
            return None  # words of a sentence before it, not a topic: "Para determinar…, X explicó" is read elsewhere
        p = _person(name, people, participants, names, verb)
        if p is None:
            continue  # a run of the topic's words ("Revisión y Ajustes"): read on
        return p if verb else None
    return None


def _topic_before(seg: str, at: int) -> bool:
    """Nothing before `at`, or only an item's topic ("Aspectos Financieros del Proyecto ")."""
    return at == 0 or SUMMARY_TOPIC_HEAD.fullmatch(seg, 0, at) is not None


def own_items(text: str, layout: SummaryLayout, out: list[Sentence], participants: list[Participant],
              names: TextNames | None) -> int:
    """Give each item's sentences to the participant who is their subject, or to the last one named in the item
    (see the module's docstring). Returns how many sentences changed."""
    silent = layout.tasks + layout.tool_lines
    owner: str | None = None
    changed = 0
    for st in out:
        if st.start < layout.body or any(a <= st.start < b for a, b in silent):
            continue
        if st.start == 0 or text[max(0, st.start - 2):st.start].endswith("\n\n") or text[st.start - 1] == "\n":
            owner = None  # a new item
        group = SUMMARY_GROUP_OPENER.match(text, st.start, st.end) is not None  # "Ambos acordaron…", "Acordaron que…"
        subject = "pair" if group else _subject(text, st, participants, names, layout.owners)
        if isinstance(subject, Participant):
            if st.speaker != subject.name and st.cue in (Cue.CONTINUATION, Cue.NONE, Cue.NARRATION):
                st.speaker, st.cue = subject.name, Cue.SPEECH_VERB
                changed += 1
            owner = st.speaker
        elif subject == "pair" or st.cue == Cue.NARRATION:
            owner = None  # two people, the group, or nobody: not the last one named
            if st.speaker is not None and (subject == "pair" and st.cue not in (Cue.LABEL, Cue.LABEL_ROSTER, Cue.QUOTE)
                                           or st.cue in (Cue.CONTINUATION, Cue.NONE)):  # (one of the two, or carried over)
                st.speaker, st.cue = None, Cue.NARRATION
                changed += 1
        elif st.cue in (Cue.CONTINUATION, Cue.NONE):  # "Además, mencionó…": the item's speaker goes on
            if st.speaker != owner:
                st.speaker, st.cue = owner, Cue.CONTINUATION if owner else Cue.NONE
                changed += 1
        else:
            owner = st.speaker
    if changed:
        log.debug("meeting summary: %d sentences given to their item's subject", changed)
    return changed
