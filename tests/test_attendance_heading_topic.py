"""An attendance word alone on a line, with no colon and nothing after it, over a paragraph that is no list of
names ("Asistencia" over "Control de las faltas de los alumnos.", a duty in a list of a school's duties): the heading
of a topic, not an attendance list, so a diary or a report is not read as minutes for it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.labels import LineKind
from quidit.ingest.lines import scan_lines

DIARY = """Diario de aprendizaje

Sesión 3

En la primera hora, Marta nos explicó las funciones del jefe de estudios.

Jefe de estudios

Horarios

Elaboración de los horarios del centro.

Asistencia

Control de las faltas de asistencia del alumnado.

Al final de la clase, Marta nos pidió un resumen de la sesión.
"""


def _kinds(doc: str, line: str) -> list[LineKind]:
    ct = clean(doc)
    return [u.kind for u in scan_lines(ct) if ct.text[u.start:u.end].strip() == line]


def test_an_attendance_word_over_a_sentence_is_a_topic_heading():
    assert _kinds(DIARY, "Asistencia") == [LineKind.TEXT]


def test_the_teachers_reported_words_are_hers_without_the_false_list():
    assert speaker_at(ingest_text(DIARY, "diario.txt"), "un resumen de la sesión") == "Marta"


def test_an_attendance_heading_over_names_stays_the_list():
    # near miss: the same word over the names of those who came is the list's heading
    doc = "Acta de la reunión\n\nAsistencia\n\nAna Gil, Pedro Ruiz, Luisa Vega\n\nSe aprueba el acta anterior.\n"
    assert _kinds(doc, "Asistencia") == [LineKind.ATTENDANCE]
    assert "Pedro Ruiz" in {p.name for p in ingest_text(doc, "acta.txt").participants}


def test_an_attendance_heading_with_a_colon_stays_the_list():
    # near miss: "Present:" with a colon announces a list, whatever comes under it
    doc = "Board minutes\n\nPresent:\n\nJane Roe, Tom Lee, Ann Wu\n\nThe minutes were approved.\n"
    assert _kinds(doc, "Present:") == [LineKind.ATTENDANCE]
