"""Labelled minutes where the note-taker tells that a member gives a summary ("Bénédicte fait un point sur les
finances : …", "Ana hace un balance de…", "Jane gave an overview of…") right after someone else's turn: the sentence
is that member's, not the last speaker's (`SPEECH_VERB` in `ingest.lexicon`)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Compte-rendu de l'assemblée générale de l'association

Sont présent·e·s :

Bénédicte Taillebois
Fabrice Bloch
Matti Schneider

Fabrice : nous avons dû annuler la conférence et rembourser les billets.

C'est à partir de ces constats que l'équipe a choisi de partir sur un autre format.

Bénédicte fait un point sur les finances : il reste un avoir au restaurant.

Matti : il y a eu des pertes sur l'initiative.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_french_member_giving_a_summary_speaks():
    assert _speaker(FR, "fait un point sur les finances") == "Bénédicte Taillebois"


def test_spanish_member_giving_a_summary_speaks():
    doc = FR.replace("Bénédicte fait un point sur les finances : il reste un avoir au restaurant.",
                     "Bénédicte hace un balance de las cuentas: queda un saldo en el restaurante.")
    assert _speaker(doc, "hace un balance de las cuentas") == "Bénédicte Taillebois"


def test_english_member_giving_a_summary_speaks():
    doc = FR.replace("Bénédicte fait un point sur les finances : il reste un avoir au restaurant.",
                     "Bénédicte gave an overview of the accounts: a credit is left at the restaurant.")
    assert _speaker(doc, "gave an overview of the accounts") == "Bénédicte Taillebois"


def test_a_member_named_without_a_summary_verb_does_not_take_the_turn():
    # near miss: a sentence that names the member with no summary verb ("que Bénédicte avait réservé") is not hers
    doc = FR.replace("Bénédicte fait un point sur les finances : il reste un avoir au restaurant.",
                     "Le restaurant que Bénédicte avait réservé garde un avoir.")
    assert _speaker(doc, "Le restaurant que Bénédicte avait réservé") != "Bénédicte Taillebois"
