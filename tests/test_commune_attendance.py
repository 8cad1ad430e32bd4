"""An intercommunal council's procès-verbal lists those present commune by commune ("Cerelles : M. Poulle Guy",
a commune with nobody present left empty) and ties the chair to a name title first ("sous la présidence de Monsieur
le Président, Antoine TRYSTRAM")."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PV = """CONSEIL COMMUNAUTAIRE DU 25 JANVIER 2023
PROCES VERBAL
L’an deux mille vingt-trois, le vingt-cinq janvier, le Conseil Communautaire s’est réuni sous la
présidence de Monsieur le Président, Antoine TRYSTRAM.
Présents :
Beaumont : M. Robert Jean-Paul ; Mme Frapier Sylvie
Bueil-en-Touraine :
Cerelles : M. Poulle Guy
Chemillé-Sur-Dême : M. Canon Eloi
Semblançay : M. Trystram Antoine ; Mme Plou Peggy
Date de convocation : 18 janvier 2023
M. le Président présente ses vœux pour cette nouvelle année à l’ensemble des élus.
M. Canon : il signale qu’il est important de conserver ce service de transport.
Mme Plou s’étonne et pense que la Métropole ne fait pas beaucoup d’efforts sur le sujet.
"""


def test_a_member_listed_after_an_empty_commune_is_present():
    names = {p.name for p in ingest_text(PV, "pv.txt").participants}
    assert {"Poulle Guy", "Eloi Canon", "Peggy Plou"} <= names  # ("M. Canon :", "Mme Plou" show the surnames)


def test_the_chair_named_after_the_title_speaks_as_the_president():
    assert speaker_at(ingest_text(PV, "pv.txt"), "présente ses vœux") == "Antoine Trystram"


def test_a_capitals_heading_with_function_words_is_nobody():
    doc = PV + "DEBAT SUR LES ORIENTATIONS BUDGETAIRES :\nM. le Président explique que cette présentation n’est pas obligatoire.\n"
    assert "DEBAT SUR LES ORIENTATIONS BUDGETAIRES" not in {p.name for p in ingest_text(doc, "pv.txt").participants}
