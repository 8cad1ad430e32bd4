"""Summit notes head each session with its kind and a colon ("Presentation: FreeBSD State of the Union",
"Roundtable: …", "Demo: …", "Slides: …"), several times over: a heading, never a person, however often it recurs."""
from __future__ import annotations

import pytest

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

NOTES = """Summit running notes

Presentation: recent features and roadmap

Slides: summit intro deck
Versioning is time based, with one release per calendar quarter.

Presentation: FreeBSD State of the Union

Slides: state of the union

Noah Meyerhans: the new docs let me navigate to solutions quickly.

Roundtable: Python version support matrix

Demo: Integration testing updates

Noah Meyerhans: we would like the embargo dates to be published for downstreams.
"""


def _listed(doc: str) -> set[str]:
    return {s.name for s in speakers_of(ingest_text(doc, "notes.txt"))}


@pytest.mark.parametrize("word", ["Presentation", "Slides"])
def test_a_recurring_session_kind_is_no_person(word):
    assert word not in _listed(NOTES)


def test_the_same_in_french_and_spanish():
    doc = NOTES.replace("Presentation:", "Présentation :").replace("Roundtable:", "Mesa redonda:")
    assert not {"Présentation", "Mesa redonda"} & _listed(doc)


def test_a_recurring_first_name_tag_is_still_a_person():
    # near miss: "Noah Meyerhans:" recurs like "Slides:" but names someone
    assert "Noah Meyerhans" in _listed(NOTES)
