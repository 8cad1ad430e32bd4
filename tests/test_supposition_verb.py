"""French minutes write a councillor's guess with "suppose que": a speech verb like "estime que". Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """CONSEIL MUNICIPAL DU 5 JUILLET 2021

Présents : Paul LE BIHAN - Françoise LE MEN - Anne LE GUEN - Cédric SEUREAU

1 - Chapelle Sainte-Anne

Madame Françoise LE MEN expose :
La chapelle est classée aux Monuments Historiques depuis 1964.
Madame Anne LE GUEN suppose qu’une demande similaire interviendra pour l’autre chapelle.
Monsieur Cédric SEUREAU indique que le budget est prêt.
"""


def test_suppose_que_gives_the_turn_to_its_subject():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "une demande similaire") == "Anne LE GUEN"
