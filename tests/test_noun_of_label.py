"""A "Noun de la Name :" line whose noun the text also writes in lower case ("Station de la Fontenelle :" where the
minutes speak of "la station") heads an item about a thing, not a person's turn; a listed person whose first name is
also a noun keeps the label."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Conseil municipal du 15 mai 2014

Présents : M. Jean-Luc Padiolleau, Maire, M. Patrick Bigot, Mme Rose Martin, M. Pierre du Pont.

Monsieur le Maire présente le rapport sur l'assainissement. Chaque station est contrôlée deux fois par an.

Station de la Fontenelle : Entretien normal de la station sans observation particulière.

Le prix du service pour 2013 reste le même depuis 2001.

M. Bigot : La pierre du lavoir est fendue, il faudra la remplacer.

Pierre du Pont : Je propose de demander un devis au maçon.
"""


def test_a_noun_and_its_complement_is_no_speaker():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "Entretien normal de la station") != "Station de la Fontenelle"


def test_the_item_goes_on_with_no_invented_speaker():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "Le prix du service pour 2013") != "Station de la Fontenelle"


def test_a_listed_person_whose_name_is_a_noun_keeps_the_label():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "Je propose de demander un devis") == "Pierre du Pont"
