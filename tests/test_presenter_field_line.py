"""A programme's or notes' field naming a session's speaker on a line of its own, under the talk's title ("Presenter:
Jane Roe (Acme; CTO)", "Speaker: …", "Intervenante : …", "Ponente: …", "Présentation par …"): the notes under it, noun
phrases without any speech verb, are that person's; the field line itself is nobody's and names no person
"Presenter"."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

NOTES = """Biodiversity Day 2031

Why names matter

Presenter: Ingrid Halvorsen (Museum of Natural History; Head of Collections & Curator of the Insect Archive)

Naming is still the key to every species record.

Data custodians need support from dedicated staff.

Freshwater monitoring

Presenter: Tomas Okafor (River Institute (RIV), data manager)

Twelve rivers sampled every month since 2019.

Open questions for the next decade.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_the_notes_under_a_presenter_field_are_the_presenters():
    assert _speaker(NOTES, "Naming is still the key") == "Ingrid Halvorsen"


def test_the_next_presenter_field_starts_the_next_talk():
    assert _speaker(NOTES, "Twelve rivers sampled") == "Tomas Okafor"


def test_the_presenter_field_line_is_nobodys():
    assert _speaker(NOTES, "Presenter: Ingrid") is None


def test_the_field_word_is_no_speaker():
    names = [s.name for s in speakers_of(ingest_text(NOTES, "notes.txt"))]
    assert "Presenter" not in names and "Ingrid Halvorsen" in names


@pytest.mark.parametrize("field", ["Speaker: Ingrid Halvorsen", "Intervenante : Ingrid Halvorsen",
                                   "Oratrice : Ingrid Halvorsen", "Ponente: Ingrid Halvorsen, Museo de Historia Natural",
                                   "Présentation par Ingrid Halvorsen"])
def test_the_same_field_in_other_words_and_languages(field):
    doc = NOTES.replace("Presenter: Ingrid Halvorsen (Museum of Natural History; Head of Collections & Curator of the "
                        "Insect Archive)", field)
    assert _speaker(doc, "Naming is still the key") == "Ingrid Halvorsen"


def test_a_field_followed_by_lower_case_words_names_nobody():
    # near miss: "Speaker: the room was full" is a note about the room, not a speaker's field
    doc = NOTES.replace("Presenter: Ingrid Halvorsen (Museum of Natural History; Head of Collections & Curator of the "
                        "Insect Archive)", "Speaker: the room was full")
    assert _speaker(doc, "Naming is still the key") != "the room was full"
    assert _speaker(doc, "Naming is still the key") != "Ingrid Halvorsen"


def test_the_talk_noun_is_no_speaker_field():
    # near miss: "Presentation: Open Taxonomy" is the session's title, not who gives it
    doc = NOTES.replace("Presenter: Ingrid Halvorsen (Museum of Natural History; Head of Collections & Curator of the "
                        "Insect Archive)", "Presentation: Open Taxonomy")
    assert _speaker(doc, "Naming is still the key") != "Open Taxonomy"
