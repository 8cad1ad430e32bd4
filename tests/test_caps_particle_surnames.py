"""A French minutes' surname in capitals with its particle in capitals too ("Madame Françoise LE MEN", "Monsieur Paul
LE BIHAN", a Breton council): the particle is part of the surname, not an organisation's acronym after "de" ("Jean
Hoeflich de CGLU"). Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import trim_name

MINUTES = """CONSEIL MUNICIPAL DU 5 JUILLET 2021

1 - Chapelle Sainte-Anne

Madame Françoise LE MEN expose que la chapelle est classée depuis 1964.
Madame Françoise BARBIER indique que la commune a reçu une demande de l'association.
Madame Anne LE GUEN souligne que l’autre chapelle est dans le même cas.
"""


def test_a_capitals_particle_stays_in_the_surname():
    assert trim_name("Françoise LE MEN") == "Françoise LE MEN"


def test_a_lower_case_particle_before_an_acronym_still_goes():
    assert trim_name("Jean Hoeflich de CGLU") == "Jean Hoeflich"


def test_the_speaker_is_named_with_the_whole_surname():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "autre chapelle est dans le même cas") == "Anne LE GUEN"


def test_two_councillors_of_one_given_name_stay_apart():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "la chapelle est classée") == "Françoise LE MEN"


def test_a_heading_all_in_capitals_still_ends_at_its_particle():
    assert trim_name("ABATTOIR DE BOURGUEIL") == "ABATTOIR"
