"""Minutes numbered by minute references ("12/25", "2024/05") whose item headings run into the first sentence: a
sentence that opens with a minute reference starts a new item, so the last speaker's turn ends
(`MINUTE_REF_LEAD`); the speaker after the heading and a dash or the first lettered sub-item is the sentence's subject
(`_RUN_IN_HEADING` in `SUBJECT_SLOT`)."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

EN = """Minutes of the Ashby Village Council meeting held on 4 March 2025

Present: Ruth Ellis (RE), Tom Marsh (TM) – Chair, Nora Pike (NP), Dan Cole (DC)

RE reported that the footpath behind the school had been cleared by the volunteers last week. 13/25 Declarations of interest on the agenda items for this evening were not made by anyone.

14/25 Police Report – NP reported that two sheds on the allotments had been broken into during the night.

15/25 Finance report a) Dan Cole presented the accounts for the year and said the balance was healthy.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_a_minute_reference_ends_the_last_turn():
    assert _speaker(EN, "Declarations of interest on the agenda") is None


def test_the_speaker_after_a_run_in_heading_and_a_dash():
    assert _speaker(EN, "two sheds on the allotments") == "Nora Pike"


def test_the_speaker_after_a_run_in_heading_and_a_lettered_sub_item():
    assert _speaker(EN, "presented the accounts for the year") == "Dan Cole"


DASH_IN_PROSE = """Minutes of the Ashby Village Council meeting held on 4 March 2025

Present: Ruth Ellis (RE), Tom Marsh (TM) – Chair, Nora Pike (NP), Dan Cole (DC)

RE reported that the footpath had been cleared – NP asked whether the bridge had been inspected by the county.
"""


def test_a_dash_inside_a_sentence_that_opens_with_no_item_number_is_no_heading():
    assert _speaker(DASH_IN_PROSE, "the footpath had been cleared") == "Ruth Ellis"


FR = """Compte rendu du conseil d'administration de l'association

Présents : Mme Anne Martin (AM) – Présidente, M. Paul Girard (PG), Mme Lucie Faure (LF)

3.2 Budget – PG indique que les comptes de l'exercice ont été vérifiés sans réserve par le commissaire.
"""

ES = """Acta de la reunión de la junta directiva

Asistentes: Sra. Ana Gil (AG) – Presidenta, Sr. Luis Mora (LM), Sra. Eva Ruiz (ER)

2024/05 Obras del local - LM informa que la subvención para las obras ha sido concedida este mes.
"""


@pytest.mark.parametrize("doc, fragment, who", [(FR, "les comptes de l'exercice", "Paul Girard"),
                                                (ES, "la subvención para las obras", "Luis Mora")])
def test_the_same_in_french_and_spanish(doc, fragment, who):
    assert _speaker(doc, fragment) == who
