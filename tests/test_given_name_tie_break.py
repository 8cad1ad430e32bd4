"""Two listed people share a surname and the list gives no honorifics ("Sophie MARTIN, …, Sylvain MARTIN"): "Monsieur
Martin" is Sylvain, the woman's given name rules her out. A vote line "est soumis au vote" is the record's, and "Me
ROBLIN" (maître, a notary) is no first-person "me" that would make the mayor speak a decision."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import given_name_gender

MINUTES = """Compte rendu du conseil municipal

Présents : MM Sébastien LEROUX, Sophie MARTIN, Gérard GRANDSIRE, Anne PETIT, Sylvain MARTIN, Paul DUPRE.

1. Boucherie

Monsieur Leroux propose de racheter le local de la boucherie.
Monsieur Martin estime qu'il est un peu tard pour ce projet.

Le rapport d'activité est soumis au vote à 15h11.

CHARGENT M. le Maire de prendre contact auprès de Me ROBLIN, notaire, pour signer l'acte.
"""


def test_monsieur_with_a_shared_surname_is_the_man():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "un peu tard pour ce projet") == "Sylvain MARTIN"


def test_a_womans_given_name_reads_feminine():
    assert given_name_gender("Sophie MARTIN") == "f"


def test_a_mans_given_name_ending_like_a_womans_is_not_feminine():
    assert given_name_gender("Antoine Roux") is None


def test_a_surname_first_in_capitals_is_not_read_as_a_given_name():
    assert given_name_gender("MARIA Lopez") is None


def test_a_matter_put_to_the_vote_is_the_records():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "soumis au vote") is None


def test_maitre_before_a_name_is_no_first_person():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "CHARGENT M. le Maire") is None
