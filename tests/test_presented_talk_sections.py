"""A programme of talks, each under its title and a presenter field ("Presenter: Jane Roe (Acme)"): a talk's notes run
from its field to the next talk's title lines, through its own sub-headings ("Open data"); the title lines over the
next field are nobody's; a "Words: …" lead-in used once in the notes ("Expert Consortium: RBINS", "OECD MegaSCience
Forum: …") is the presenter's, not a person's, while a tag shaped like a person's name ("Noah Meyerhans: …") still is."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

NOTES = """Biodiversity Day 2031

Morning session

Why names matter

Presenter: Ingrid Halvorsen (Museum of Natural History)

Naming is still the key to every species record.

Open data and shared catalogues

Catalogues are shared between the expert networks of each region.

GLOBEX Data Forum: seed of the shared index was planted.

Expert Consortium: RBINS

Shared catalogues need stable funding.

Data systems in the region - current state and future perspectives

Freshwater monitoring

Presenter: Tomas Okafor (River Institute)

Twelve rivers sampled every month since 2019.

Noah Meyerhans: we would like the samples to be published for other teams.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_a_sub_heading_inside_the_talk_does_not_end_it():
    assert _speaker(NOTES, "Catalogues are shared") == "Ingrid Halvorsen"


def test_the_next_talks_title_lines_are_nobodys():
    assert _speaker(NOTES, "Data systems in the region") is None
    assert _speaker(NOTES, "Freshwater monitoring") is None


def test_a_lead_in_of_capitals_and_acronyms_is_the_presenters():
    assert _speaker(NOTES, "seed of the shared index") == "Ingrid Halvorsen"


def test_a_lead_in_whose_words_the_text_writes_in_lower_case_is_no_person():
    names = [s.name for s in speakers_of(ingest_text(NOTES, "notes.txt"))]
    assert "Expert Consortium" not in names and "GLOBEX Data Forum" not in names


def test_a_tag_shaped_like_a_name_is_still_the_tagged_persons():
    # near miss: "Noah Meyerhans: we would like…" inside a talk is a remark from the room, his
    assert _speaker(NOTES, "samples to be published") == "Noah Meyerhans"


def test_with_one_presenter_field_a_heading_still_ends_the_talk():
    # near miss: one talk only is no programme of presented talks; its sub-heading ends it as before
    doc = NOTES[:NOTES.index("Data systems in the region")]
    assert _speaker(doc, "Catalogues are shared") != "Ingrid Halvorsen"
