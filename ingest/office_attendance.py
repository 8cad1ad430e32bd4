"""Attendance listed office by office, one office a line, at the head of a council's acta:

    Con la asistencia de los señores (as):
    Presidente Municipal: José Carlos Vindas Ureña.
    Concejales Propietarios: Andrea Sánchez Vega, Silvia Ortiz Sánchez, Mario Moya Sánchez
    y Laura Calvo Pérez quien sustituye la ausencia injustificada del regidor Héctor Agüero Luna.
    Intendente Municipal: Wilberth Quirós Palma.
    Ausencias injustificadas: Héctor Agüero Luna.

Each line is the roster's, nobody's words (a line that goes on under it, "y Laura Calvo Pérez …", too). A line that
names one person gives that person the office, so that "El señor Intendente indica…" and "El señor Presidente
responde…" name them; "Presidente…" chairs, "Secretari…" keeps the record, "Ausencias…" are absent, "Visitantes…" are
the public, who may speak. At least OFFICE_ATTENDANCE_MIN such lines in a row: one "Secretaria: X" line is a field.
"""
from __future__ import annotations

import re

from quidit.ingest.labels import Line, LineKind
from quidit.ingest.lexicon import (
    NO_ONE,
    OFFICE_ATTENDANCE_ABSENT,
    OFFICE_ATTENDANCE_AUDIENCE,
    OFFICE_ATTENDANCE_LINE,
    OFFICE_ATTENDANCE_MIN,
    OFFICE_ATTENDANCE_NAME,
    OFFICE_ATTENDANCE_WORDS,
    fold,
)
from quidit.ingest.names import name_tokens, resolve
from quidit.ingest.records import Participant


def _office_line(text: str, u: Line) -> re.Match | None:
    """The line's office and names, when it is an office word, a colon, then a name or "No hubo." (a turn under an
    office label, "Presidente Díaz: Abrimos la sesión.", says words, not names)."""
    m = OFFICE_ATTENDANCE_LINE.fullmatch(text, u.start, u.end)
    if m is None or fold(m.group("office").split()[0]) not in OFFICE_ATTENDANCE_WORDS:
        return None
    names = m.group("names").strip()
    return m if NO_ONE.match(names) or OFFICE_ATTENDANCE_NAME.match(names) else None


def _names(s: str) -> list[str]:
    """The names of a line's list: parts between commas and a last "y", each its leading capitalised words ("Laura
    Calvo Pérez quien sustituye…" is Laura Calvo Pérez)."""
    out = []
    for part in re.split(r",|[ \t]y[ \t]+(?=[A-ZÁÉÍÓÚÑÜ])", s):
        m = OFFICE_ATTENDANCE_NAME.match(part.strip())
        if m is not None:
            out.append(re.sub(r"[ \t]+y$", "", m.group(0)).strip())
    return out


def read_office_attendance(text: str, units: list[Line], participants: list[Participant]) -> list[tuple[int, int]]:
    """Mark the office-by-office attendance lines as the roster's and add their people; the spans read (the other
    attendance readers skip them)."""
    runs: list[list[tuple[int, re.Match | None]]] = []
    run: list[tuple[int, re.Match | None]] = []

    def close() -> None:  # the lines read so far are a list when enough of them give an office
        if sum(1 for _, m in run if m is not None) >= OFFICE_ATTENDANCE_MIN:
            runs.append(list(run))
        run.clear()

    for i, u in enumerate(units):
        if u.start == u.end or i > 0 and "\n\n" in text[units[i - 1].end:u.start + 1]:
            close()  # a blank line ends the list: its lines follow one another
            if u.start == u.end:
                continue
        m = _office_line(text, u)
        if m is not None:
            run.append((i, m))
        elif run and not re.search(r"[.:]\s*$", text[units[run[-1][0]].start:units[run[-1][0]].end]) \
                and len(text[u.start:u.end].split()) <= 25:
            run.append((i, None))  # the list's line goes on under it ("y Laura Calvo Pérez quien sustituye…")
        else:
            close()
    close()
    spans: list[tuple[int, int]] = []
    for run in runs:
        spans.append((units[run[0][0]].start, units[run[-1][0]].end))
        current: tuple[str, str] | None = None  # the office and names of the line being read, with its go-on lines
        entries: list[tuple[str, str]] = []
        for i, m in run:
            u = units[i]
            u.kind, u.label, u.body = LineKind.ATTENDANCE, None, None
            if m is not None:
                current = (m.group("office"), m.group("names"))
                entries.append(current)
            elif current is not None:
                entries[-1] = (current[0], entries[-1][1] + " " + text[u.start:u.end])
        for office, names in entries:
            if NO_ONE.match(names.strip()):
                continue
            people = _names(names)
            key = fold(office.split()[0])
            for name in people:
                p = resolve(name, participants)
                if p is None or len(name_tokens(p.name)) < len(name_tokens(name)):
                    p = Participant(name=name)
                    participants.append(p)
                p.in_roster = True
                if key in OFFICE_ATTENDANCE_ABSENT:
                    p.session_role = "absent"
                elif key in OFFICE_ATTENDANCE_AUDIENCE:
                    p.session_role = p.session_role or "audience"
                elif len(people) == 1:
                    p.role = office
                    if key.startswith("presiden"):
                        p.session_role = "chair"
                    elif key.startswith("secretari"):
                        p.session_role = "secretary"
    return spans
