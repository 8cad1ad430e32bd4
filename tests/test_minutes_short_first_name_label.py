"""Minutes whose labels are first names, one of them once in a short form of one listed person's first name ("Fred :"
for Frédéric André, "Alex:" for the only Alexandra): that label is that person's turn, not words of the turn before."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Compte-rendu de l'assemblée générale de l'association

Sont présent·e·s :

Frédéric André
Matti Schneider
Julie Quillé

Matti : nous avons créé un questionnaire pour mesurer la diversité lors des événements.

Fred : j'ai testé ce questionnaire sur des amis, le formulaire est mieux perçu après explication.

Matti : merci, nous verrons quel outil choisir.

Julie : il faudra aussi un outil qui garantisse l'anonymat.
"""

EN = """Minutes of the Riverside Allotment Society annual meeting

Present:

Alexandra Webb
Bob Lane
Kim Stone

Bob: the new taps have been ordered from the supplier in town.

Alex: I can pick them up on Saturday with the trailer.

Bob: thank you, that saves the delivery fee.

Kim: the shed roof needs mending before winter.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_french_short_first_name_label_is_the_listed_person():
    assert _speaker(FR, "j'ai testé ce questionnaire") == "Frédéric André"


def test_english_short_first_name_label_is_the_listed_person():
    assert _speaker(EN, "I can pick them up on Saturday") == "Alexandra Webb"


def test_a_short_form_two_listed_people_share_names_no_one():
    # near miss: with Frédéric and Frédérique listed, "Fred" is neither of them
    doc = FR.replace("Julie Quillé\n", "Julie Quillé\nFrédérique Roux\n")
    assert _speaker(doc, "j'ai testé ce questionnaire") not in ("Frédéric André", "Frédérique Roux")
