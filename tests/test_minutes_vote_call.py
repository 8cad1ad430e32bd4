"""Labelled minutes where the record calls a vote right after a member's turn ("Vote sur le fait d'ajouter…",
"Vote on the amended budget.", "Votación sobre la propuesta."): that paragraph is the record's, not the last
speaker's (`RECORD_STATEMENT` in `ingest.lexicon`)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Compte-rendu de l'assemblée générale de l'association

Présents : Anne Martin, Paul Girard, Lucie Faure

Anne : je propose de publier la date de l'assemblée sur le site.
Paul : je préfère l'envoyer seulement aux adhérents.
Lucie : les deux sont possibles, je n'ai pas d'avis.

Vote sur le fait de publier la date de l'assemblée sur le site.

6 contre
4 pour
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_french_vote_call_is_the_record():
    assert _speaker(FR, "Vote sur le fait de publier") is None


def test_english_vote_call_is_the_record():
    doc = FR.replace("Vote sur le fait de publier la date de l'assemblée sur le site.", "Vote on publishing the date on the site.")
    assert _speaker(doc, "Vote on publishing the date") is None


def test_spanish_vote_call_is_the_record():
    doc = FR.replace("Vote sur le fait de publier la date de l'assemblée sur le site.", "Votación sobre la publicación de la fecha.")
    assert _speaker(doc, "Votación sobre la publicación") is None


def test_a_speaker_who_talks_about_the_vote_keeps_the_paragraph():
    # near miss: the turn goes on about a vote without calling one
    doc = FR.replace("Vote sur le fait de publier la date de l'assemblée sur le site.",
                     "Voter en ligne serait aussi plus simple pour tout le monde.")
    assert "Lucie" in (_speaker(doc, "Voter en ligne serait") or "")
