"""Minutes that name someone the attendance list does not give, with the team or side that person speaks from between
the name and the speech verb ("Dax from the sales team pointed out that…", "Ana, del equipo de ventas, señaló…"):
that person speaks. A place or anything but a group between the name and the verb leaves the sentence alone.
Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

CALL_EN = """Call notes

Attendees: Alistair, John, Josh, Ryan

John: The vendor joined the second half of the call.

Josh: I have notes from it.

Dax from the sales team pointed out that the benchmark was done last year.

Elena, from the engineering group, noted that parallel writes already work.

Bob from Paris said that the office moves in June.
"""

CALL_ES = """Notas de la llamada

Asistentes: Ana, Luis, Marta, Pedro

Luis: Se conectó el proveedor.

Marta: Tengo las notas.

Sofía, del equipo de ventas, señaló que el contrato vence en marzo.
"""


def test_name_from_a_team_before_the_verb_speaks():
    assert speaker_at(ingest_text(CALL_EN, "call.txt"), "the benchmark was done") == "Dax"


def test_name_from_a_group_set_off_by_commas_speaks():
    assert speaker_at(ingest_text(CALL_EN, "call.txt"), "parallel writes already work") == "Elena"


def test_spanish_name_of_a_team_set_off_by_commas_speaks():
    assert speaker_at(ingest_text(CALL_ES, "llamada.txt"), "el contrato vence") == "Sofía"


def test_name_from_a_place_is_left_alone():
    assert speaker_at(ingest_text(CALL_EN, "call.txt"), "the office moves in June") != "Bob"
