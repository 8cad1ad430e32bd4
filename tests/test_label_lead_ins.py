"""A label that names the turn rather than the speaker ("Intervention de M. Anceau :", "Intervención del Sr. Pérez:",
"Statement by Ms. Lee:") is the turn of the person after the lead-in; a capitals heading without its accents
("DEBAT SUR LES ORIENTATIONS BUDGETAIRES") is read against the text's accented words."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

FR = """Compte rendu du conseil communautaire

Présents : M. Alain Anceau, Mme Peggy Plou, M. Antoine Trystram.

M. le Président présente le projet de restauration scolaire pour les collèges du territoire.

Intervention de M. Anceau : il est nécessaire de veiller à bien manger dans nos collèges.
"""

ES = """Acta de la sesión ordinaria

Asistentes: Sr. Luis Pérez, Sra. Ana Gil, Sr. Juan Ruiz.

La Sra. Gil presenta el proyecto de comedor escolar para los colegios del municipio.

Intervención del Sr. Pérez: es necesario asegurar una buena alimentación en los colegios.
"""

EN = """Minutes of the council meeting

Present: Ms. Ann Lee, Mr. John Roe, Ms. Jane Poe.

Mr. Roe presented the school meals project for the district's schools.

Statement by Ms. Lee: we need to make sure that children eat well in our schools.
"""


@pytest.mark.parametrize("doc, fragment, who", [(FR, "veiller à bien manger", "Alain Anceau"),
                                                (ES, "asegurar una buena alimentación", "Luis Pérez"),
                                                (EN, "children eat well", "Ann Lee")], ids=["fr", "es", "en"])
def test_a_lead_in_label_is_the_named_persons_turn(doc, fragment, who):
    assert speaker_at(ingest_text(doc, "minutes.txt"), fragment) == who


def test_a_lead_in_before_a_common_noun_names_nobody():
    # near miss: "Intervention de la salle" names the room, not a person called "salle"
    doc = FR.replace("Intervention de M. Anceau", "Intervention de la salle")
    assert speaker_at(ingest_text(doc, "minutes.txt"), "veiller à bien manger") != "salle"


HEADING = """Compte rendu du conseil communautaire

Présents : M. Alain Anceau, Mme Peggy Plou, M. Antoine Trystram.

Le débat porte sur les orientations budgétaires de la communauté pour cette année.

DEBAT SUR LES ORIENTATIONS BUDGETAIRES :
M. le Président explique que cette présentation n’est pas obligatoire.
Les orientations présentent les projets en dépenses et en recettes.
M. le Président remercie Bertrand et Muriel pour le travail accompli.
M. le Président : « Nous sortons de deux années de crise sanitaire, nous sommes au cœur d’une autre crise. »
M. Anceau : « Il faut contenir les dépenses de fonctionnement cette année. »
"""


def test_a_capitals_heading_without_its_accents_is_no_speaker():
    # "DEBAT", "BUDGETAIRES" are the text's "débat", "budgétaires" in capitals: a heading, whose words do not run on
    assert speaker_at(ingest_text(HEADING, "minutes.txt"), "remercie Bertrand et Muriel") == "M. le Président"


AGENDA = """Compte rendu du conseil communautaire

Présents : M. Alain Anceau, Mme Peggy Plou, M. Antoine Trystram.

CC02_2023 FINANCES CRTE - DEMANDE DE SUBVENTION EAJE BEAUMONT
LOUESTAULT
Monsieur le Président présente les éléments suivants :
Dans le cadre de l’actualisation du dossier, il convient d’affiner le plan de financement.
"""


def test_a_capitals_heading_line_ends_before_the_sentence_under_it():
    t = ingest_text(AGENDA, "minutes.txt")
    assert speaker_at(t, "il convient d’affiner le plan de financement") == "Le Président"


def test_a_capitals_label_line_still_runs_into_its_words():
    # near miss: "NAME (0:14):" over the words is a Teams label, not a heading
    doc = "Reunión\n\nMAXIMILIANO CARRILLO (0:14):\nHicimos ocho originalmente, pero luego lo redujimos.\n\nANA GIL (0:20):\nMuy bien, sigamos.\n"
    assert speaker_at(ingest_text(doc, "teams.txt"), "Hicimos ocho originalmente") == "Maximiliano Carrillo"
