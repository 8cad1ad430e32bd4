"""A working group's item byline: "Par M. Larrouy, cf. présentation (page 5)" under the item's heading says who
presented it, and the notes of the presentation under it are that person's; a byline naming two presenters, or a
sentence opening with "Par exemple", names no one. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Groupe de travail, compte rendu de la réunion du 22 janvier 2026

Participants :
Muriel LARROUY
Antoine TESSON
Bertrand GERVAIS

2. Infos de la Délégation
Par M. Larrouy, cf. présentation (page 5)
La page web de la délégation centralise les informations du projet pour les collectivités.
Une réunion centrée sur l'accessibilité des arrêts de bus est prévue le 5 février.

5. Recherche de gains de productivité dans la collecte
Par A. Tesson, cf. présentation (pages 17 à 27)
De son point de vue d’opérateur, la collecte terrain doit rester simple et rapide à réaliser.
Le relevé terrain représente l'essentiel du coût de la collecte des données pour un opérateur.
"""


def test_the_notes_under_a_byline_are_the_presenter_s():
    t = ingest_text(MINUTES, "cr.txt")
    assert (speaker_at(t, "arrêts de bus est prévue"), speaker_at(t, "essentiel du coût")) == ("Muriel LARROUY", "Antoine TESSON")


def test_a_byline_naming_two_presenters_names_no_one():
    t = ingest_text(MINUTES.replace("Par A. Tesson, cf.", "Par A. Tesson, B. Gervais, cf."), "cr.txt")
    assert speaker_at(t, "essentiel du coût") is None
