"""Shared summit notes put a session's presenter on a line of their own under its heading ("Presented by: Mina Galic
(FreeBSD Foundation)"): the session's untagged notes are that person's, up to the next session's presenter line; a
short tag ("Noah: …") inside the session is still the tagged person's."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Summit running notes

Presentation: FreeBSD State of the Union

Presented by: Mina Galic (FreeBSD Foundation)

At the start of this project there were 130 failing tests on BSD.
Since the 13.2 release, unit tests are being fixed upstream by the maintainers.

Presentation: Security policy overview

Presented by: Chad Smith (Canonical)

After the bug is received, the issue is triaged within 2 working days of being reported.
Noah Meyerhans: we would like the embargo dates to be published somewhere for downstreams.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_the_sessions_untagged_notes_are_the_presenters():
    assert _speaker(NOTES, "130 failing tests") == "Mina Galic"


def test_the_next_presenter_line_starts_the_next_session():
    assert _speaker(NOTES, "triaged within 2 working days") == "Chad Smith"


def test_the_presenter_line_is_nobodys():
    assert _speaker(NOTES, "Presented by: Mina") is None


def test_a_tag_inside_the_session_is_the_tagged_persons():
    assert _speaker(NOTES, "embargo dates") == "Noah Meyerhans"


@pytest.mark.parametrize("line", ["Présenté par : Mina Galic (FreeBSD Foundation)",
                                  "Presentado por: Mina Galic (FreeBSD Foundation)"])
def test_the_same_in_french_and_spanish(line):
    doc = NOTES.replace("Presented by: Mina Galic (FreeBSD Foundation)", line)
    assert _speaker(doc, "130 failing tests") == "Mina Galic"


def test_a_presenter_line_inside_a_paragraph_is_not_a_session():
    # near miss: "Presented by: X" as the last line of a paragraph of notes is no line of its own
    doc = NOTES.replace("\n\nPresented by: Mina Galic (FreeBSD Foundation)\n\n",
                        "\nThe slides were shared afterwards.\nPresented by: Mina Galic (FreeBSD Foundation)\n\n")
    assert _speaker(doc, "130 failing tests") != "Mina Galic"
