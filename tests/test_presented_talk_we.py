"""In a programme of talks each opened by a presenter field ("Presenter: Jane Roe (Acme)"), the notes are the
presenter's points, so "we"/"nous"/"nosotros" in them is the presenter's side speaking ("We are federated
together!"); the singular first person ("I missed the last slides") is still the note-taker's."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Biodiversity Day 2031

Why names matter

Presenter: Ingrid Halvorsen (Museum of Natural History)

Naming is still the key to every species record.

The collections must share their data, because we have more impact together.

I missed the last slides of this talk.

Freshwater monitoring

Presenter: Tomas Okafor (River Institute)

Twelve rivers sampled every month since 2019.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_we_in_a_presenters_talk_is_the_presenters():
    assert _speaker(NOTES, "we have more impact") == "Ingrid Halvorsen"


@pytest.mark.parametrize("sentence", ["Les collections doivent partager leurs données : nous sommes plus forts ensemble.",
                                      "Las colecciones deben compartir sus datos: nosotros tenemos más impacto juntos."])
def test_the_same_in_french_and_spanish(sentence):
    doc = NOTES.replace("The collections must share their data, because we have more impact together.", sentence)
    assert _speaker(doc, sentence[:20]) == "Ingrid Halvorsen"


def test_the_singular_first_person_is_still_the_note_takers():
    # near miss: "I missed the last slides" is the note-taker's aside, nobody at the event says it
    assert _speaker(NOTES, "I missed the last slides") is None


def test_we_under_a_talk_heading_without_presenter_field_is_still_the_note_takers():
    # near miss: talks headed "Title - Name" are reports by a note-taker whose "we went to the booth" is theirs
    doc = """Conference report 2031

Why names matter - Ingrid Halvorsen

Naming is still the key to every species record.

After the talk we went to the booth for coffee.

Freshwater monitoring - Tomas Okafor

Twelve rivers sampled every month since 2019.
"""
    assert _speaker(doc, "Naming is still the key") == "Ingrid Halvorsen"
    assert _speaker(doc, "we went to the booth") is None
