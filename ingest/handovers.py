"""A news anchor's hand-over to an unlabelled report.

Radio and TV news transcripts label the presenters' turns only ("Maxime Jaglin : …", "MJ : …"). A correspondent's
report has no label of its own: the presenter's turn ends by announcing it ("Les précisions avec notre correspondant en
Belgique Pierre Bénezet.", "Correspondance à Washington, Anne Cornet.", "Our correspondent Jane Roe reports.",
"Desde Bruselas, nuestra corresponsal Ana Gil.") and the next paragraph, unlabelled, is the report. Its words are the
announced reporter's, up to the next label, not the presenter's.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import HANDOVER_CHARS, HANDOVER_REPORT, HANDOVER_REPORTS, ORG_FOLDED, fold, role_of
from quidit.ingest.names import trim_name

_NAME_WORDS = re.compile(r"\S+")


def reporter(sentence: str) -> str | None:
    """The full name a turn's closing sentence hands the air to ("… avec notre correspondant en Belgique Pierre
    Bénezet." -> "Pierre Bénezet"), else None: no reporter word or report verb, a name of one word ("notre
    correspondant Pierre"), or an organisation or a title ("notre correspondant de Radio France")."""
    seg = sentence.strip()
    if len(seg) > HANDOVER_CHARS:
        return None
    m = HANDOVER_REPORT.search(seg) or HANDOVER_REPORTS.match(seg)
    if m is None:
        return None
    name = trim_name(m.group("name"))
    words = _NAME_WORDS.findall(name)
    if len(words) < 2 or any(fold(w) in ORG_FOLDED for w in words) or role_of(name) is not None:
        return None
    return name
