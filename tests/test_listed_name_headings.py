"""Conference notes that list the speakers at the top ("Keynote Speakers:" over "Name, Affiliation" lines) and then
head each talk's notes with the speaker's name alone on a line: the notes under the name are that speaker's, whether
they paraphrase, quote or report in the third person; the list's lines head nobody's notes. A heading joining two
listed names ends the last speaker's notes."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Notes from the opening session

Keynote Speakers:
Maria Lindqvist, Lund University (Chair)
Oren Castellano, Ohio State University
Priya Raghunathan, University of Leeds

Each speaker had fifteen minutes and the chair kept strict time throughout.

Oren Castellano

Wrote about the river archives that nobody had catalogued since the flood.
He thinks the catalogues were lost on purpose by the city council.

Priya Raghunathan

Studied the small presses of the north and the pamphlets they printed in secret.
She is interested in how the printers hid the type from the police.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_the_notes_under_a_listed_name_are_that_speakers():
    assert _speaker(NOTES, "river archives") == "Oren Castellano"


def test_third_person_report_under_the_name_is_the_speakers_too():
    assert _speaker(NOTES, "printers hid the type") == "Priya Raghunathan"


def test_the_next_listed_name_starts_the_next_speakers_notes():
    assert _speaker(NOTES, "small presses of the north") == "Priya Raghunathan"


def test_the_note_takers_framing_after_the_list_is_nobodys():
    assert _speaker(NOTES, "fifteen minutes") is None


@pytest.mark.parametrize("heading", ["Plenary Speakers:", "Invited panelists:", "Speakers:"])
def test_a_qualified_speakers_heading_opens_the_list(heading):
    doc = NOTES.replace("Keynote Speakers:", heading)
    assert _speaker(doc, "fifteen minutes") is None
    assert _speaker(doc, "river archives") == "Oren Castellano"


def test_a_name_the_list_does_not_give_heads_nothing():
    # near miss: a name alone on a line that no speakers list gave is a title or a mention
    doc = NOTES.replace("Keynote Speakers:\n", "Programme:\n")
    assert _speaker(doc, "river archives") is None


def test_a_single_listed_name_alone_is_no_layout():
    # near miss: one bare listed name over prose is a mention, not a heading per speaker
    doc = NOTES.replace("Priya Raghunathan\n\nStudied", "Local presses\n\nStudied")
    assert _speaker(doc, "river archives") is None


def test_a_listed_name_inside_a_paragraph_heads_nothing():
    # near miss: the name on a line of its own but inside a paragraph (no blank line above) is wrapped prose
    doc = NOTES.replace("throughout.\n\nOren Castellano\n", "throughout.\nOren Castellano\n")
    assert _speaker(doc, "river archives") is None


def test_a_joint_heading_of_two_listed_names_ends_the_last_speakers_notes():
    doc = NOTES + "\nOren Castellano & Priya Raghunathan\n\nThe two archives were compared on the screen for an hour.\n"
    assert _speaker(doc, "compared on the screen") is None
