"""A parliament's record in the Journal des débats' layout (`rubric_chair`): the presiding officer's unlabelled call
under a rubric heading is the chair's, a statement's topic over the member's name line is nobody's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Journal des débats

Le Vice-Président (M. Lévesque) : Bon mercredi matin, chers collègues. Veuillez vous asseoir.

Déclarations de députés

Alors, nous en sommes à la rubrique Déclarations de députés. Et je reconnais Mme la députée de Laporte.

Souligner le 25e anniversaire de l'entreprise
d'économie sociale Amélys

Mme Isabelle Poulet

Mme Poulet : Merci, M. le Président. Il me fait grand plaisir de souligner ce bel anniversaire aujourd'hui.

Le Vice-Président (M. Lévesque) : Merci beaucoup, Mme la députée. La prochaine déclaration sera celle de M. le député.

Souligner le 10e anniversaire de la campagne de sensibilisation
et de financement Noeudvembre

M. Mathieu Lemay

M. Lemay : M. le Président, la campagne a permis d'amasser des millions pour la recherche contre la maladie.

La Présidente : En question principale, je reconnais la députée de La Pinière. On vous écoute.

Impact de la grève sur les services aux aînés

Mme Linda Caron

Mme Caron : Merci, Mme la Présidente. Les aînés attendent des réponses concrètes de la part du gouvernement.

La Présidente : Merci. Nous poursuivons les affaires courantes.

Dépôt de documents

À la rubrique Dépôt de documents, Mme la ministre de l'Immigration.

Mme Fréchette : Oui, Mme la Présidente. Permettez-moi de déposer le plan d'immigration.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(RECORD, "journal.txt"), fragment)


def test_deputy_chairs_call_under_a_rubric_is_his():
    assert _speaker("nous en sommes à la rubrique") == "Le Vice-Président"


def test_chairs_call_opening_with_the_rubric_is_hers():
    assert _speaker("À la rubrique Dépôt de documents") == "La Présidente"


def test_wrapped_topic_over_a_name_line_is_nobodys():
    assert _speaker("Souligner le 10e anniversaire") is None


def test_topic_right_after_the_chair_is_nobodys():
    assert _speaker("Impact de la grève sur les services") is None


def test_member_statement_under_the_topic_is_the_members():
    assert _speaker("la campagne a permis d'amasser") == "Mathieu Lemay"
