"""Lists of topic items in minutes, written "Topic: notes" one a line.

A note-taker lists a presentation's themes or a workshop's commissions the way turns are written, one item a line
with a colon ("Desarrollo Social: zonas de vulnerabilidad…", "Commission finances : …", "Working group 2: …"). Some
of the topics are words the text also writes in lower case, and `attribution` refuses them as names; the others
("Entorno Urbano", "Sustentabilidad y Medio Ambiente") look like names. Their neighbours say what they are: a label
once, with no honorific and no role, that nobody in the list of those present goes by, on the line right under a
refused topic of the same list (no blank line between), is one more topic, where the list holds
`TOPIC_ITEMS_MIN` refused topics or more. A name the text gives a title ("Lic. Ana Gil: …") or writes again holds.
"""
from __future__ import annotations

from collections.abc import Callable

from quidit.ingest.labels import Label, Line, LineKind
from quidit.ingest.lexicon import TOPIC_ITEMS_MIN, fold


def _block(text: str, units: list[Line], i: int) -> bool:
    """Whether unit i follows unit i - 1 in the same block of lines (no blank line between)."""
    return i > 0 and "\n\n" not in text[units[i - 1].end:units[i].start]


def topic_items(text: str, units: list[Line], parsed: dict[int, Label], topics: set[int], counts: dict[str, int],
                known: Callable[[str], bool]) -> set[int]:
    """The units of `parsed` whose label is one more topic of a list (see the module); `topics`: the label lines
    refused as topics, `counts`: how often each folded label is written, `known`: whether a name resolves to a
    person of the list of those present."""
    out: set[int] = set()
    for run in _runs(text, units):
        if sum(i in topics for i in run) < TOPIC_ITEMS_MIN:
            continue
        for i in run[1:]:
            lab = parsed.get(i)
            if (i - 1 in topics or i - 1 in out) and lab is not None and lab.role is None and not lab.gender \
                    and _bare(units[i].label or "", lab) and counts.get(fold(lab.core), 0) < 2 and not known(lab.core):
                out.add(i)
    return out


def _bare(raw: str, lab: Label) -> bool:
    """Whether the label is its words alone: no honorific, title or affiliation ("Dr. Paul Grant", "Ana Gil (IMCO)")."""
    return lab.affiliation is None and fold(" ".join(raw.split()).strip(" *–—-:")) == fold(lab.core)


def _runs(text: str, units: list[Line]) -> list[list[int]]:
    """Runs of label lines ("X: …") one under the other, no blank line between them."""
    runs: list[list[int]] = []
    for i, u in enumerate(units):
        if u.kind != LineKind.LABEL:
            continue
        if runs and runs[-1][-1] == i - 1 and _block(text, units, i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs
