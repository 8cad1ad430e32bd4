"""A deliberation's numbered heading in a procès-verbal or an acta ("D2025-011- Objet : Affectation des résultats",
"DELIBERATION N° 2025-12 : Tarifs", "Acuerdo nº 3/2024 - Asunto: …") is a line of its own, nobody's words: the
presenter named on the next line holds that line's sentence, and a section word run into the number ("II. FINANCES" /
"D2025-010- Objet : …") is no person. A number that opens a sentence of the text is no heading."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

PV = """Procès-verbal du conseil municipal du 3 avril 2025
Présents : Madame Anne MARTIN, Monsieur Paul ROUX, Monsieur Marc PETIT.
Le quorum est atteint. Madame le Maire donne lecture de l’ordre du jour.
Monsieur Petit explique qu’il n’a pas été satisfait de leur réponse, c’est pourquoi il s’abstient.

II. FINANCES
D2025-010- Objet : Compte Financier Unique 2024
Le Compte Financier Unique (C.F.U.) est un document budgétaire et comptable commun à l’ordonnateur
et au comptable public, qui vient se substituer au compte administratif anciennement produit par
l’ordonnateur et au compte de gestion jusqu’ici établi par le comptable public.
D2025-011- Objet : Affectation des résultats 2024
Monsieur Paul ROUX, adjoint aux finances, présente les résultats de l’exercice 2024 pour
déterminer l’affectation des résultats.
"""

ACTA = """Acta de la sesión ordinaria del Pleno
Asistentes: D. Luis Gil Mora, Dña. Ana Ruiz Vega.
Acuerdo nº 3/2024 - Asunto: Aprobación de la ordenanza de terrazas
El señor Gil explica que la ordenanza fija los horarios de las terrazas en verano.
"""


def test_the_heading_is_nobodys():
    assert speaker_at(ingest_text(PV, "pv.txt"), "Affectation des résultats 2024") is None


def test_the_presenter_under_the_heading_holds_his_sentence():
    assert speaker_at(ingest_text(PV, "pv.txt"), "pour déterminer") == "Paul ROUX"


def test_the_text_under_a_heading_is_not_the_last_speakers():
    assert speaker_at(ingest_text(PV, "pv.txt"), "document budgétaire") is None


def test_a_section_word_run_into_the_number_is_no_person():
    assert "FINANCES D2025-010- Objet" not in [s.name for s in speakers_of(ingest_text(PV, "pv.txt"), everyone=True)]


def test_spanish_agreement_heading_then_the_councillors_words():
    t = ingest_text(ACTA, "acta.txt")
    assert speaker_at(t, "Aprobación de la ordenanza") is None and speaker_at(t, "horarios") == "Luis Gil Mora"


def test_a_year_opening_a_sentence_is_no_heading():
    t = ingest_text(PV + "Monsieur Petit rappelle que les dépenses de\n2024 - Objet : la voirie, ont été votées.\n", "pv.txt")
    assert speaker_at(t, "la voirie") == "Marc PETIT"
