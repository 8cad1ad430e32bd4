"""Minutes that list their members head agenda items with two phrases either side of a dash ("Punto 4 - Informes
Oficiales", "Entrega de Menciones - Olimpiada Nacional"): the item's title and its subject, no talk and its speaker,
so the members named in the item's sentences speak. A member's own report ("Informe - Luis Mora") still names the
member; conference notes with no minutes title and no attendance list still read "Title - Jane Roe" as a talk."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """Acta de la Sesión Ordinaria N° 5

Bajo la presidencia de la Dra. Marta Ibáñez. Concejales presentes: Ana Gil, Luis Mora y Pedro Ruiz.

Entrega de Menciones - Olimpiada Nacional

Ana Gil agradeció a los estudiantes y a sus familias.

Punto 4 - Informes Oficiales

Pedro Ruiz informó: 40 alumnos en la Escuela Taller.

Informe de tránsito - Luis Mora

Se colocaron 12 reductores de velocidad en la avenida costanera.
"""

NOTES = """Notes from the Web Performance meetup

Web Performance Testing - Estela Franco

She showed how the lab tests differ from field data on slow phones.
"""


def test_subject_after_the_dash_is_no_speaker():
    names = [p.name for p in ingest_text(ACTA, "acta.txt").participants]
    assert "Olimpiada Nacional" not in names and "Informes Oficiales" not in names


def test_member_named_under_the_item_speaks():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "a sus familias") == "Ana Gil"


def test_member_reporting_under_an_item_speaks():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "40 alumnos") == "Pedro Ruiz"


def test_listed_member_after_the_dash_heads_the_report():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "reductores de velocidad") == "Luis Mora"


def test_talk_heading_of_conference_notes_still_names_its_speaker():
    assert speaker_at(ingest_text(NOTES, "notes.txt"), "lab tests differ") == "Estela Franco"
