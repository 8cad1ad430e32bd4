"""Per-person report headings written as labels. Stand-up, daily and weekly notes head each member's round with whose
report it is and run the report in after the colon: "Reporte de Ana Gil: durante el día anterior…", "Update from
Jane Roe: finished the parser…", "Compte rendu de Paul Roux : …", "Jane's update: …" (`REPORT_LABEL`). The heading
word is no part of the name (the speaker is Ana Gil, not "Reporte de Ana Gil"): `labels.parse_label` reads the
name the heading gives, as it would read "Ana Gil: …".

A heading word before a thing ("Informe de Gestión", "Report of Committee Meetings") gives no name: the words after
it must read as a name and none of them may be a body's, an organisation's, a heading's or a document field's word
(`REPORT_BODY_WORDS`).
"""
from __future__ import annotations

from quidit.ingest.lexicon import HEADING_WORDS, NOT_SPEAKERS, ORG_FOLDED, REPORT_BODY_WORDS, REPORT_LABEL, fold


def report_author(label: str) -> str | None:
    """The name a person's report heading gives ("Reporte de Ana Gil" -> "Ana Gil", "Jane's update" -> "Jane"), or
    None when the label is no such heading."""
    m = REPORT_LABEL.match(label.strip())
    if m is None:
        return None
    who = (m.group("who") or m.group("owner")).strip()
    words = [fold(w).strip(".,;()") for w in who.split()]
    if not words or any(w in ORG_FOLDED or w in REPORT_BODY_WORDS or w in HEADING_WORDS or w in NOT_SPEAKERS
                        for w in words):
        return None
    return who
