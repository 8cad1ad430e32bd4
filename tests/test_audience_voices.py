"""A debate's verbatim whose turns are names alone on a line, with the questions from the room labelled by number
("Intervenant public 4"): each number is a voice of its own, the voice takes the name it gives itself ("Oui, je me
présente, Serge Rader…"), and the chair's "Allez, allez-y" calls nobody named "Allez"."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DEBATE = """Conférence-débat sur la corruption, avec pour intervenants:
Anne MOREL
Luc FABRE
Paul BRUN (modérateur)

Verbatim

Paul BRUN

Bonsoir à tous et merci d’être venus. Je donne d’abord la parole à Anne Morel.

Anne MOREL

Merci. La corruption coûte cher à la société, et d’abord aux services publics.

Paul BRUN

Luc Fabre, votre regard d’historien ?

Luc FABRE

Les affaires du siècle dernier montrent que le phénomène n’est pas nouveau.

Paul BRUN

Merci. Je vous propose de passer aux questions. Allez, allez-y, posez votre question.

Intervenant public 1

Moi, je suis étonné, vous avez l’air très optimiste sur la loi.

Anne MOREL

Je ne suis pas optimiste, je suis vigilante.

Intervenant public 2

Oui, je me présente, Serge Rader, pharmacien. Je voudrais parler du prix des médicaments.

Luc FABRE

C’est une question importante.

Intervenant public 1

Et la protection des lanceurs d’alerte ?

Intervenant public 2

Les plaintes finissent toujours dans un tiroir.

Paul BRUN

Merci à tous, nous allons conclure.
"""


def test_a_numbered_voice_from_the_room_speaks_its_turn():
    t = ingest_text(DEBATE, "debat.md")
    assert speaker_at(t, "vous avez l’air très optimiste") == "Intervenant public 1"


def test_the_voice_takes_the_name_it_gives_itself():
    t = ingest_text(DEBATE, "debat.md")
    assert speaker_at(t, "Les plaintes finissent toujours") == "Serge Rader"


def test_an_interjection_before_the_hand_over_names_nobody():
    t = ingest_text(DEBATE, "debat.md")
    assert "Allez" not in {p.name for p in t.participants}
