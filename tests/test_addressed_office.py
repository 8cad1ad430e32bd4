"""A speaker addressing the chair amid a sentence, the office set off by commas with its honorific ("Secondly, Mr
Chairman, the exemption is…", "Je crois, Monsieur le Président, que…"), is talking to the chair: the chair is never the
subject of a speech verb later in the sentence, and the turn goes on. At a sentence's start ("Monsieur le Maire,
rapporteur, rappelle…") and without the honorific ("The Chairman, Jane Roe, said…") the office is a subject.
Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import ADDRESSED_OFFICE

COMMITTEE = """MR CHAIRMAN: The Honourable Minister.

HON. R. TANGI: Thank you, Mr Chairman. The feed for livestock is exempt until the end of the transition.

HON. K. VAINE: Does it include goats?

HON. R. TANGI: It does, and poultry too. But not pets.

Secondly, Mr Chairman, the exemption is also included for fertilisers to encourage the small growers.

I will take note also, Mr Chairman, of the comments that the Bill can always be amended later.

MR CHAIRMAN: Thank you Honourable Minister.
"""


def _committee():
    return ingest_text(COMMITTEE, "committee.txt")


def test_address_amid_a_sentence_keeps_the_turn():
    assert speaker_at(_committee(), "Secondly, Mr Chairman, the exemption") == "R. Tangi"


def test_address_before_a_noun_that_is_also_a_verb_keeps_the_turn():
    assert speaker_at(_committee(), "I will take note also, Mr Chairman, of the comments") == "R. Tangi"


def test_french_and_spanish_addresses_amid_a_sentence():
    spans = [m.group("office") for s in ("Je crois, Monsieur le Président, que nous devons voter.",
                                         "Quiero, señora Presidenta, explicar mi voto.")
             for m in ADDRESSED_OFFICE.finditer(s)]
    assert spans == ["Monsieur le Président", "señora Presidenta"]


def test_office_opening_the_sentence_is_no_address_here():
    assert ADDRESSED_OFFICE.search("Monsieur le Maire, rapporteur, rappelle aux membres du Conseil que…") is None


def test_office_without_honorific_is_an_apposition():
    assert ADDRESSED_OFFICE.search("Then, the Chairman, Jane Roe, said the vote would wait.") is None


def test_office_without_commas_is_no_address():
    assert ADDRESSED_OFFICE.search("After the break, Mr Chairman said the vote would wait.") is None
