"""Machine-written meeting summaries: Google Meet's "Notas de Gemini" / "Notes by Gemini" / "Notes de Gemini", Zoom AI
Companion's "Meeting summary" / "Quick recap", Teams Copilot and Otter notes. They are told from their fixed section
headings, each a line of its own: an overview ("Resumen", "Summary", "Quick recap"), the topics ("Detalles",
"Details", "Outline") and a task list ("Pasos siguientes recomendados", "Suggested next steps", "Action items",
"Étapes suivantes suggérées"). A task list with at least one of the other two headings is the layout; one of them
alone is any document's heading.

The task list is the record's: its items open with the name of whoever will do the task ("Rodrigo Hernández Escalante
enviará…", "Ana to send the deck"), which is no one's words; so are the tool's own lines about its notes ("Revisa las
notas de Gemini…", "AI-generated content may be inaccurate…")."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from quidit.ingest.lexicon import SUMMARY_DETAILS_LINE, SUMMARY_OVERVIEW_LINE, SUMMARY_TASKS_LINE, SUMMARY_TOOL_LINE
from quidit.ingest.records import Cue, Sentence

log = logging.getLogger(__name__)


@dataclass
class SummaryLayout:
    headings: list[str]  # the section headings met, in text order (the genre's evidence)
    tasks: list[tuple[int, int]] = field(default_factory=list)  # spans of the task lists, from under their heading
    tool_lines: list[tuple[int, int]] = field(default_factory=list)  # the tool's own lines about its notes

    def evidence(self) -> str:
        return "machine-written meeting summary (sections " + ", ".join(repr(h) for h in self.headings[:4]) + ")"


def summary_layout(text: str, line_starts: list[int]) -> SummaryLayout | None:
    """The layout of a machine-written meeting summary, or None: a task-list heading line and an overview or topics
    heading line."""
    bounds = list(zip(line_starts, [*line_starts[1:], len(text)])) or [(0, len(text))]
    heads: list[tuple[int, int, bool]] = []  # (start, end, is the task list) of each section heading line
    tools: list[tuple[int, int]] = []
    for a, b in bounds:
        line = text[a:b].rstrip("\n")
        short = len(line) <= 80  # (the patterns are anchored at both ends: a heading is the whole line)
        if short and SUMMARY_TASKS_LINE.match(line):
            heads.append((a, a + len(line), True))
        elif short and (SUMMARY_OVERVIEW_LINE.match(line) or SUMMARY_DETAILS_LINE.match(line)):
            heads.append((a, a + len(line), False))
        elif SUMMARY_TOOL_LINE.match(line):
            tools.append((a, a + len(line)))
    if not any(t for *_, t in heads) or all(t for *_, t in heads):
        return None
    layout = SummaryLayout([text[a:b].strip() for a, b, _ in heads], tool_lines=tools)
    for i, (a, b, is_tasks) in enumerate(heads):
        if is_tasks:  # up to the next section heading, or the end
            layout.tasks.append((b, heads[i + 1][0] if i + 1 < len(heads) else len(text)))
    return layout


def silence_tasks(layout: SummaryLayout, out: list[Sentence]) -> int:
    """Give the task lists' sentences and the tool's lines to nobody. Returns how many sentences changed."""
    spans = layout.tasks + layout.tool_lines
    changed = 0
    for st in out:
        if any(a <= st.start < b for a, b in spans):
            changed += st.speaker is not None
            st.speaker, st.cue = None, Cue.NARRATION
    if changed:
        log.debug("meeting summary: %d task-list or tool sentences given to nobody", changed)
    return changed
