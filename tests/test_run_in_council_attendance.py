"""A council's members listed in a sentence run in after the record's first one ("Bajo la presidencia del Dr. X.
Concejales presentes: A, B y C. Ausente: D.", "Chaired by X. Councillors present: A, B and C."): each name is a
member, so a later turn by the full name or the surname alone is that member's. Members "presentes" with no colon is
a sentence about them ("Los concejales presentes votaron…"), no list."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """Acta de la Sesión Ordinaria N° 3

Bajo la presidencia del Dr. Tomás Vera. Concejales presentes: Ana Gil, Luis Mora, Rosa Benítez y Pedro Ruiz. Ausente con aviso: Arq. Juan Soto.

Minuta 1: Plaza central

Rosa Benítez agradeció a los vecinos por la convocatoria.
"""

MINUTES = """Minutes of the Parish Council meeting

Chaired by Cllr. Tom Vale. Councillors present: Jane Roe, Mary Major and Peter Quince.

Item 1: Footpaths

Quince said the footpath by the church needs clearing.
"""

NO_LIST = """Acta de la Sesión Ordinaria N° 4

Se abrió la sesión. Los concejales presentes votaron la ordenanza: Ana Gil y Luis Mora a favor. Rosa Benítez agradeció a los vecinos por la convocatoria.
"""


def _names(text: str) -> list[str]:
    return [p.name for p in ingest_text(text, "acta.txt").participants]


def test_run_in_members_are_participants():
    assert {"Ana Gil", "Luis Mora", "Rosa Benítez", "Pedro Ruiz"} <= set(_names(ACTA))


def test_listed_member_speaks_by_full_name():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "por la convocatoria") == "Rosa Benítez"


def test_english_run_in_members_resolve_a_surname():
    assert speaker_at(ingest_text(MINUTES, "minutes.txt"), "footpath by the church") == "Peter Quince"


def test_members_present_in_a_sentence_list_nobody():
    assert _names(NO_LIST) == ["Rosa Benítez"]
