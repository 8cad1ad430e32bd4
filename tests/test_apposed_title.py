"""A council's minutes: "Monsieur le Maire, rapporteur, rappelle…" is the mayor speaking, his title in apposition, not
someone addressing him. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Conseil municipal du 3 juillet 2014
Présents : Georges LECLEVE, Maire, Anne DURAND, Paul MARTIN.

1. Travaux de voirie
Monsieur le Maire, rapporteur, rappelle aux membres du Conseil municipal que les travaux de voirie commenceront en septembre.
"""


def test_the_mayor_with_his_title_in_apposition_speaks():
    t = ingest_text(MINUTES, "cm.txt")
    assert speaker_at(t, "rappelle aux membres du Conseil") in ("Le Maire", "Georges LECLEVE")
