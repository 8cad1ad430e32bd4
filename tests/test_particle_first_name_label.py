"""A one-word label that is a listed person's first name holds even when the word is also a name particle ("Ben:" for
Ben Michel, "Van:" for Van Jones), which name matching otherwise skips. Each test on a small text written for it (one
behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


MINUTES = """Example Council Meeting 2021-04-06

Present
Joe Sepi (@joesepi)
{people}

Agenda

Joe: I have an open PR for the travel fund, I will adjust it based on the comments this week.

Ben: Already on it, should have the updates committed sometime today.
"""


def test_particle_first_name_labels_the_listed_person():
    t = ingest_text(MINUTES.format(people="Ben Michel (@obensource)\nRita Moreno (@rmoreno)"), "m.txt")
    assert _speaker(t, "Already on it") == "Ben Michel"


def test_two_listed_people_of_that_first_name_are_not_guessed():
    # near miss: two listed Bens, the label does not say which
    t = ingest_text(MINUTES.format(people="Ben Michel (@obensource)\nBen Ortiz (@bortiz)"), "m.txt")
    assert _speaker(t, "Already on it") not in {"Ben Michel", "Ben Ortiz"}
