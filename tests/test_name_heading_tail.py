"""A name the name pattern ran past its end: never past a blank line, and not into the heading of a document part
the cleaning joined to its line ("Président : M. DUVAL MARTIN" over "SOMMAIRE"). Each rule on a small text written
for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.names import trim_name
from quidit.ingest.pipeline import speakers_of

RECORD = """COMPTE RENDU ANALYTIQUE DE LA 12e SEANCE

Président : M. DUVAL MARTIN
SOMMAIRE

Examen des rapports présentés par les Etats parties

1. M. BERG (Norvège) précise que la Convention ne prime pas la loi nationale.
"""


def test_a_name_stops_at_a_blank_line():
    assert trim_name("Ana Gil Soto\n\nOrden del día") == "Ana Gil Soto"


def test_a_joined_part_heading_is_no_part_of_the_name():
    assert trim_name("DUVAL MARTIN SOMMAIRE") == "DUVAL MARTIN"


def test_a_two_word_name_keeps_its_last_word_even_if_a_heading_word():
    assert trim_name("Jean Sommaire") == "Jean Sommaire"


def test_the_chair_of_the_header_is_listed_by_name_only():
    names = [s.name for s in speakers_of(ingest_text(RECORD, "cr.txt"), everyone=True)]
    assert "Duval Martin" in names and not any("Sommaire" in n or "Examen" in n for n in names)
