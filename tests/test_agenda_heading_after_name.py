"""The heading after an attendance field, joined to its line by the cleaning ("Secrétaire de séance : Mme Denis
Isabelle" / "Ordre du jour :"), is not the name's last word: the secretary is Isabelle Denis, who speaks later."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Conseil municipal du 15 mai 2014

Présents : M. Padiolleau Jean-Luc, M. Bigot Patrick, Mme Denis I.
Secrétaire de séance : Mme Denis Isabelle
Ordre du jour :
1- Rapport d'activité du service assainissement

Mme Denis souligne l'importance de la formation pour les étudiants.
"""


def test_the_secretary_who_speaks_has_her_name():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "souligne l'importance de la formation") == "Isabelle Denis"


def test_no_participant_takes_the_headings_word():
    assert not any("Ordre" in p.name for p in ingest_text(MINUTES, "cm.txt").participants)
