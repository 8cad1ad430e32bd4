"""Role lines: a record's short lines that assign an office or a meeting chore, "Chair: Mara" / "Timekeeper: Olu" /
"Scribe: Tess" under a session's heading, or the person first in a resolution's list of officers ("Mara Quist:
President;", "Olu Deng: Treasurer; and"). They look like turn labels but say who holds what: nobody speaks in them,
and the words after them are not the role's or the person's. A lone "Chair: Welcome." may still be the chair
speaking, so only a run of ROLE_LINES_MIN such lines and more, one under the other, counts.

The officers' full names there are also who the lower-case initials of live minutes stand for ("- mq: …" is Mara
Quist's turn), when their letters are exactly one such name's initials.
"""
from __future__ import annotations

import logging

from quidit.ingest.initials import fits as fits_initials
from quidit.ingest.labels import Line
from quidit.ingest.lexicon import INITIALS_HANDLE, PERSON_FIRST_LINE, ROLE_FIRST_LINE, ROLE_LINES_MIN
from quidit.ingest.records import Participant

log = logging.getLogger(__name__)


def role_lines(text: str, units: list[Line]) -> list[int]:
    """The indexes of the units that are role lines in a run of ROLE_LINES_MIN and more, one line under the other (a
    blank line ends a run: paragraphs opened so are turns)."""
    out: list[int] = []
    run: list[int] = []
    for i, u in enumerate(units + [Line(len(text), len(text))]):
        s = text[u.start:u.end]
        if s.strip() and (ROLE_FIRST_LINE.match(s) or PERSON_FIRST_LINE.match(s)):
            if run and "\n\n" in text[units[run[-1]].end:u.start]:  # "MODERADOR: Buenos días." paragraphs: turns
                if len(run) >= ROLE_LINES_MIN:
                    out += run
                run = []
            run.append(i)
            continue
        if len(run) >= ROLE_LINES_MIN:
            out += run
        run = []
    if out:
        log.debug("role lines: %d", len(out))
    return out


def role_line_names(text: str, units: list[Line]) -> list[str]:
    """The full names (two words and more) the person-first role lines give ("Mara Quist: President;" -> "Mara
    Quist")."""
    out: list[str] = []
    for i in role_lines(text, units):
        s = text[units[i].start:units[i].end]
        if PERSON_FIRST_LINE.match(s):
            name = s.split(":", 1)[0].strip(" \t-*•")
            if len(name.split()) >= 2:
                out.append(name)
    return out


def name_initials_handles(people: dict[int, Participant], names: list[str]) -> None:
    """Turns labelled by lower-case initials ("- mq: …") are the person of the role lines whose name has exactly
    those initials ("Mara Quist: President;"), when one name only does: the participant takes that full name."""
    for p in {id(q): q for q in people.values()}.values():
        if not INITIALS_HANDLE.fullmatch(p.name.strip()):
            continue
        fits = [n for n in names if fits_initials(p.name.strip().upper(), n, strict=True)]
        if len(fits) == 1:
            log.debug("initials %s -> %s", p.name, fits[0])
            p.name = fits[0]
