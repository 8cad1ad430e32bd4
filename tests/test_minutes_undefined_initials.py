"""Minutes whose attendance list gives full names only ("Present: Jane Roe, Bob Lane, Kim Stone") and whose prose still
names members by initials that open a sentence with a speech verb ("BL reported that…"): the initials that are exactly
one listed person's are that person, as a convention of two people or more (`ingest.initials.adopt`)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

EN = """Minutes of the Riverside Allotment Society committee meeting

Present: Jane Roe, Bob Lane, Kim Stone

1. Water supply

BL reported that the water troughs would be reconnected once the frosts were over for the year. JR noted that the new taps had been ordered from the supplier in town.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_initials_of_one_listed_person_are_that_person():
    assert _speaker(EN, "the new taps had been ordered") == "Jane Roe"


def test_one_pair_of_capitals_alone_makes_no_convention():
    doc = EN.replace("JR noted that the new taps", "The secretary noted that the new taps")
    assert _speaker(doc, "the water troughs would be reconnected") is None


def test_initials_that_fit_two_listed_people_name_no_one():
    doc = EN.replace("Kim Stone", "Kim Stone, Jim Rice")
    assert _speaker(doc, "the new taps had been ordered") is None


def test_initials_of_no_listed_person_name_no_one():
    doc = EN + "\nBT said that the delivery of the new shed would be late by a fortnight.\n"
    t = ingest_text(doc, "minutes.txt")
    assert not any("BT" in p.labels for p in t.participants)
    assert speaker_at(t, "the delivery of the new shed") not in ("Bob Lane", "BT")


FR = """Compte rendu de la réunion du bureau de l'association

Présents : Anne Martin, Paul Girard, Lucie Faure

PG indique que les comptes de l'exercice ont été vérifiés. AM précise que le rapport sera envoyé aux adhérents.
"""

ES = """Acta de la reunión de la junta directiva

Asistentes: Ana Gil, Luis Mora, Eva Ruiz

LM informa que la subvención ha sido concedida este mes. AG añade que las obras comenzarán en junio.
"""


@pytest.mark.parametrize("doc, fragment, who", [(FR, "le rapport sera envoyé", "Anne Martin"),
                                                (ES, "las obras comenzarán", "Ana Gil")])
def test_the_same_in_french_and_spanish(doc, fragment, who):
    assert _speaker(doc, fragment) == who
