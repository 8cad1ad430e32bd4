"""Conference notes that write each speaker's turn under their initials ("RP : …") and, inside a turn, the note's
own rubrics with a colon ("Enjeu : …", "Problem: …", "Reto: …"): a rubric is no speaker, the turn goes on. Written
for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Interco Grand Est

Enjeu politique et stratégique

François Werner (FW) - conseiller région délégué au numérique
Myriam El Yassa (MEY) - conseillère municipale
Hacène Lekadir (HL) - adjoint culture
Romain Pierronnet (RP) - conseiller délégué au numérique

MEY : à Besançon il y a eu un focus sur inclusion, avec soixante-dix nationalités.
On voulu faire d'un quartier prioritaire un lieu d'inclusion numérique.

RP : étudiant, entreprenariat, doctorant en gestion dans la vie civile.
Enjeu : développement économique, social, démocratie, avec le numérique comme remède.
Nancy : positionnement ni technophobe ni technophile, au service d'un projet de société.

FW : le garant du respect des objectifs, c'est la sphère publique.

MEY : encourager et laisser faire le tissu associatif autour de la donnée ouverte.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(NOTES, "notes.txt"), fragment)


def test_a_rubric_is_no_speaker():
    assert _speaker("développement économique, social") == "Romain Pierronnet"


def test_the_turn_goes_on_after_the_rubric():
    assert _speaker("ni technophobe ni technophile") == "Romain Pierronnet"


def test_the_rubric_makes_no_participant():
    names = [p.name for p in ingest_text(NOTES, "notes.txt").participants]
    assert "Enjeu" not in names
