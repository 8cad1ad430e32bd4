"""An attendance list that runs on to the next line after a comma ("Katie, Jamie, …, Mirage," over "Kevin, Alberto,
Erica (at the very end)."): the bracketed note on an entry is no part of a name, so the line stays a list of names."""
from __future__ import annotations

from quidit.ingest import ingest_text

RUNS_ON = """Regular Member Meeting Minutes

Members present:

Katie, Jamie, Zach, Martin, Phil, Mirage,
Kevin, David, Sharad, Alberto, Erica (at the very end of the meeting).

Treasurer's Report

Two prospective members have started paying their dues this month.
"""

NO_COMMA = RUNS_ON.replace("Phil, Mirage,\n", "Phil, Mirage\n")


def _names(doc: str) -> set[str]:
    return {p.name for p in ingest_text(doc, "minutes.txt").participants}


def test_a_list_line_after_a_comma_goes_on_despite_a_bracketed_note():
    assert "Alberto" in _names(RUNS_ON)


def test_a_line_after_a_list_that_ended_without_a_comma_is_not_read_as_names():
    assert "Alberto" not in _names(NO_COMMA)
