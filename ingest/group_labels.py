"""A label that names a group answering as one ("Monitores de La Roda: No recordamos…" among "Ángel Espinosa: …",
"Les élèves de Villeneuve : …", "Residents of Oak Street: …").

Such a label is written as a plural noun, a preposition and a place or body's proper name, and the text may name the
group in running prose too, with an article ("los monitores de La Roda en su conjunto"): read alone, it looks like a
thing the text talks about, which `attribution._keep_labels` refuses as a label. In a transcript whose other turns
are labelled by people's names, the same group label opening GROUP_LABEL_TURNS_MIN turns or more is one more speaker
(the group), whose proper name the text never writes in lower case. Minutes with an attendance list are left alone:
there "Commune de Sisteron : …" is an item of the agenda.
"""
from __future__ import annotations

from collections import defaultdict

from quidit.ingest.labels import Line, LineKind, parse_label
from quidit.ingest.lexicon import GROUP_LABEL, GROUP_LABEL_PEOPLE_MIN, GROUP_LABEL_TURNS_MIN, fold
from quidit.ingest.scribe import opens_turn


def group_labels(text: str, units: list[Line], lower: set[str]) -> set[int]:
    """Indexes of the label lines that name a group speaking as one, in a transcript labelled by people's names."""
    if any(u.kind == LineKind.ATTENDANCE for u in units):
        return set()
    groups: dict[str, list[int]] = defaultdict(list)
    people: set[str] = set()
    for i, u in enumerate(units):
        if u.kind != LineKind.LABEL or not u.label or not opens_turn(text, u):
            continue
        label = u.label.strip()
        m = GROUP_LABEL.match(label)
        if m is not None:
            if not any(w.lower() in lower for w in m.group("proper").split() if len(w) > 3):  # ("La", "Los" aside)
                groups[fold(label)].append(i)
            continue
        lab = parse_label(label)
        if lab is not None and lab.role is None and len(lab.core.split()) >= 2:
            people.add(fold(lab.core))
    if len(people) < GROUP_LABEL_PEOPLE_MIN:
        return set()
    return {i for turns in groups.values() if len(turns) >= GROUP_LABEL_TURNS_MIN for i in turns}
