"""A scribe's notes that say who "we" or "on" is by one member's name in brackets right after the pronoun ("On (Paul)
va relancer le fournisseur", "We (Jana) will draft the reply"): the sentence is that member's. Each rule on a small
text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Réunion du bureau du 4 février

Présents : Paul, Claire, Sophie

Fournisseurs

Le devis du nouveau serveur n'est toujours pas arrivé.
On (Paul) va relancer le fournisseur avant vendredi.

Local

Claire propose de garder le local jusqu'en juin.
"""

EN = """Board meeting, 4 February

Present: Jana, Peter, Amir

Supplier

The quote for the new server has still not arrived.
We (Jana) will chase the supplier before Friday.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_on_with_a_bracketed_member_is_that_members():
    assert _speaker(FR, "va relancer le fournisseur") == "Paul"


def test_english_we_with_a_bracketed_member():
    assert _speaker(EN, "will chase the supplier") == "Jana"


def test_near_miss_two_names_in_the_bracket_name_no_one_speaker():
    doc = FR.replace("On (Paul) va relancer", "On (Paul et Claire) va relancer")
    assert _speaker(doc, "va relancer le fournisseur") not in ("Paul", "Claire")


def test_near_miss_a_bracket_that_names_no_member():
    doc = EN.replace("We (Jana) will chase", "We (all) will chase")
    assert _speaker(doc, "will chase the supplier") is None
