"""A short unnumbered heading line opening its paragraph ("Planning et modalités de lancement") stays a line of its
own over the paragraph; a name line ("Ian H. Gershengorn") and a line ending on an honorific ("…, el Honorable
Senador señor" / "Araya previno…") are left as they were. Written for the test."""
from __future__ import annotations

from quidit.ingest.cleaning import clean


def test_a_heading_after_a_sentence_is_its_own_line():
    text = clean("Le portail sera ouvert au public.\n\nPlanning et modalités de lancement\nLa Banque a indiqué le calendrier.\n").text
    assert "Planning et modalités de lancement\nLa Banque" in text


def test_a_line_ending_on_an_honorific_runs_on():
    text = clean("Reiteró su posición.\nInsistiendo en sus planteamientos, el Honorable Senador señor\nAraya previno que no.\n").text
    assert "señor Araya previno" in text
