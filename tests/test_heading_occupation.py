"""Notes with a heading per speaker where the heading runs the person's occupation on after the name, with no comma
("## Bonnie Devine artiste Anishinaabe…"): the name is the speaker of the section; a heading about a person ("## Emily
Carr et la peinture") names no speaker."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """# Journée d’étude, 21 février 2024

## Marie Lenoir : ouverture

Rappel du programme de la journée.

Trois tables rondes prévues.

## Paul Girard directeur du musée régional de Rimouski

Collection commencée en 1950 dans une maison privée.

Exposition ouverte en 2020 mais peu vue à cause de la fermeture.

## Emily Carr et la peinture

Une œuvre réintitulée en 2019.
"""


def test_the_name_before_an_occupation_heads_the_section():
    t = ingest_text(NOTES, "notes.md")
    assert speaker_at(t, "Collection commencée en 1950") == "Paul Girard"


def test_a_heading_about_a_person_names_no_speaker():
    t = ingest_text(NOTES, "notes.md")
    assert speaker_at(t, "Une œuvre réintitulée") != "Emily Carr"
