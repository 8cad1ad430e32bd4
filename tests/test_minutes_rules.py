"""Meeting-minutes rules, each on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

import pytest

from quidit.ingest import ingest_text

CM = """Compte rendu du conseil municipal
Présents : MM. Paul DURAND, Jean MARTIN, Mmes Claire PETIT, Anne ROUX.
Excusée : Mme Lise BLANC.
Ouverture de la séance à 18h00 par monsieur le maire.
FINANCES – Tarifs publics locaux à compter du 1er janvier 2016
Monsieur le maire propose de ne pas modifier les tarifs appliqués en 2015.
Les tarifs liés au rouleau compresseur seront ôtés des tarifs publics.
Vote favorable et à l’unanimité des membres présents et représentés.
VOIRIE – Impasse des Vignes – DETR 2016
Le montant prévisionnel des travaux est estimé à 110 000 € HT.
Monsieur le maire propose un tour de table :
Claire PETIT : pas d’opposition sur le périmètre.
M. le maire : nous n’aurons pas d’éléments avant juin.
INFORMATIONS ET QUESTIONS DIVERSES
- Préfecture : mesures à mettre en œuvre suite aux attentats
- Préfecture : courrier du ministère
- Commune de Sisteron : cérémonie du 13 novembre
Séance close à 19h50.
Vu le maire, Le secrétaire de séance,
Paul DURAND. Jean MARTIN
"""


@pytest.fixture(scope="module")
def cm():
    return ingest_text(CM, "cm.txt")


def _speaker(t, fragment):
    return next(s.speaker for s in t.sentences if fragment in t.text[s.start:s.end])


@pytest.mark.parametrize("fragment", [
    "FINANCES – Tarifs publics locaux",
    "VOIRIE – Impasse des Vignes",
], ids=["domain-dash-title", "domain-dash-title-dash-code"])
def test_dash_agenda_heading_is_narration(cm, fragment):
    assert _speaker(cm, fragment) is None


def test_dash_agenda_heading_ends_the_turn(cm):
    """The sentence after an agenda heading without a cue is nobody's, not the previous speaker's."""
    assert _speaker(cm, "Le montant prévisionnel des travaux") is None


def test_role_speaker_tied_by_side_by_side_signature(cm):
    """"Vu le maire, Le secrétaire de séance," over "Paul DURAND. Jean MARTIN": the mayor is Paul DURAND."""
    assert _speaker(cm, "Monsieur le maire propose de ne pas modifier") == "Paul DURAND"


def test_report_goes_on_after_role_speaker(cm):
    assert _speaker(cm, "Les tarifs liés au rouleau compresseur") == "Paul DURAND"


def test_role_label_with_abbreviated_honorific(cm):
    assert _speaker(cm, "nous n’aurons pas d’éléments avant juin") == "Paul DURAND"


def test_plural_honorific_not_part_of_the_name(cm):
    """"Mmes Claire PETIT" in the attendance line is Claire PETIT."""
    assert _speaker(cm, "pas d’opposition sur le périmètre") == "Claire PETIT"


def test_capitals_line_is_an_agenda_heading(cm):
    assert _speaker(cm, "INFORMATIONS ET QUESTIONS DIVERSES") is None


@pytest.mark.parametrize("fragment", [
    "mesures à mettre en œuvre suite aux attentats",
    "cérémonie du 13 novembre",
], ids=["recurring-one-word-item", "organisation-item"])
def test_information_items_are_not_speakers(cm, fragment):
    assert _speaker(cm, fragment) is None
    assert not any(p.name in ("Préfecture", "Commune de Sisteron") for p in cm.participants)
