"""A blog post's embedded tweet, kept as text with its signature ("— Juan Lopez (@JuanLopezVi) 9 de noviembre de
2016"): the tweet's words are its author's, the signature is nobody's, and the talk the tweet sits in goes on after."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """VLCTesting Valencia 2016

Como la otra vez, quiero recoger un resumen de las ponencias.

Testing con BDD en la empresa
por Jorge López Mateo

Jorge explica en #VLCTESTING16 el concepto de BDD y un caso de éxito pic.twitter.com/v3qtmq46xl
— Juan Lopez (@JuanLopezVi) 9 de noviembre de 2016

Ya que el cerebro humano no entiende las abstracciones, cuantos más ejemplos tenemos, mejor entendemos.
"""

OWN_PARAGRAPH = """dotJS 2015 : compte-rendu

Voici donc un tour d'horizon rapide des différentes présentations de la journée.

Pocket sized JS par Henrik Joreteg

Les performances de nos devices ne sont pas celles de nos utilisateurs, rappelle-t-il longuement.

if you want to write fast software, use a slow computer

— Dominic Tarr (@dominictarr) 8 Août 2015

Il conclut sur le coût réel du JavaScript envoyé aux téléphones de milieu de gamme.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_the_tweet_over_its_signature_is_its_authors():
    assert _speaker(NOTES, "el concepto de BDD") == "Juan Lopez"


def test_the_signature_is_nobodys():
    assert _speaker(NOTES, "(@JuanLopezVi)") is None


def test_the_talk_goes_on_after_the_tweet():
    assert _speaker(NOTES, "cerebro humano") == "Jorge López Mateo"


def test_a_tweet_in_the_paragraph_before_a_signature_of_its_own():
    assert _speaker(OWN_PARAGRAPH, "use a slow computer") == "Dominic Tarr"
    assert _speaker(OWN_PARAGRAPH, "Il conclut") == "Henrik Joreteg"


@pytest.mark.parametrize("signature", ["— Jane Roe (@janeroe) November 9, 2016",
                                       "— Jane Roe (@janeroe) 9 novembre 2016"])
def test_the_same_in_english_and_french(signature):
    doc = NOTES.replace("— Juan Lopez (@JuanLopezVi) 9 de noviembre de 2016", signature)
    assert _speaker(doc, "el concepto de BDD") == "Jane Roe"


def test_a_handle_in_brackets_without_a_date_is_no_signature():
    # near miss: "— Juan Lopez (@JuanLopezVi)" with no date may be a credit line, not an embedded tweet's signature
    doc = NOTES.replace(" 9 de noviembre de 2016", "")
    assert _speaker(doc, "el concepto de BDD") == "Jorge López Mateo"
