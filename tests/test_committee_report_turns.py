"""A parliamentary committee's report tells its debate in reported speech, with no label: each turn opens by naming
its speaker in a formula of office ("El Honorable Senador señor X estimó…", "La asesora …, señora Y, recordó…"), often
after an opening phrase, and runs on in sentences carried by a verb alone, across the page breaks a PDF-to-text
extractor writes ("-- 6 of 22 --"). Its section headings in capitals ("ASISTENCIA", "ASPECTOS CENTRALES DEL DEBATE"),
its salutation ("HONORABLE SENADO:") and the bodies its attendance list names ("De la Biblioteca del Congreso
Nacional:") are no speakers, and its vote items are the record's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.attribution import common_heading
from quidit.ingest.labels import parse_label
from quidit.ingest.lexicon import ATTENDANCE, PAGE_NUMBER, SALUTATION

REPORT = """INFORME DE LA COMISIÓN DE HACIENDA recaído en el proyecto de ley sobre bibliotecas públicas.
HONORABLE SENADO:
La Comisión de Hacienda tiene el honor de informar el proyecto de ley individualizado en el rubro.
- - -
ASISTENCIA
- Invitados: del Ministerio de las Culturas: jefa de gabinete, señora Ana Torres, y asesor, señor Luis Mora.
De la Biblioteca del Congreso Nacional: asesor legislativo, señor Pablo Ruiz.
- - -
ASPECTOS CENTRALES DEL DEBATE
La unanimidad de los miembros presentes apoyó el proyecto tras un debate breve sobre sus aspectos de costo.
- - -
DISCUSIÓN EN GENERAL
La jefa de gabinete del Ministerio de las Culturas, señora Ana Torres, recordó que la red de bibliotecas
creció durante la última década en todas las regiones del país.
Agregó que el proyecto permitirá financiar la apertura de nuevas salas de lectura en las comunas

-- 4 of 9 --

5
más pequeñas del país, que hoy carecen de ellas.
Por consiguiente, remarcó, la iniciativa completa el esfuerzo de los últimos años en esta materia.
Por su lado, el Honorable Senador señor Pérez estimó indispensable conocer el costo anual de las nuevas salas.
Consultó si el Ministerio ha previsto fondos para su mantención en los años siguientes.
El asesor del Ministerio de las Culturas, señor Luis Mora, acerca de la consulta del Honorable Senador señor
Pérez, relató que el presupuesto contempla un fondo especial para ese propósito.
Sostuvo que los municipios deberán aportar una parte menor del costo de mantención de las salas.
- Sometido a votación el proyecto de ley, en general, fue aprobado por la unanimidad de los miembros presentes,
Honorables Senadores señores Pérez y Gómez.
"""


def _report():
    return ingest_text(REPORT, "informe.txt")


def test_the_pdf_page_mark_is_a_page_number():
    assert PAGE_NUMBER.match("-- 6 of 22 --") and PAGE_NUMBER.match("-- 12 de 40 --")


def test_a_dashed_line_that_is_no_page_mark_stays():
    assert not PAGE_NUMBER.match("-- 6 of the 22 members --") and not PAGE_NUMBER.match("- - -")


def test_a_turn_runs_on_across_a_page_break():
    assert speaker_at(_report(), "remarcó, la iniciativa completa") == "Ana Torres"


def test_a_chamber_salutation_is_no_label():
    assert SALUTATION.match("HONORABLE SENADO") and SALUTATION.match("Honorable Cámara:")


def test_a_senator_named_after_honorable_is_no_salutation():
    assert not SALUTATION.match("Honorable Senador Pérez:")


def test_the_salutation_names_no_speaker():
    assert speaker_at(_report(), "tiene el honor de informar") is None


def test_a_capitals_heading_of_common_words_is_no_name():
    lower = {"aspectos", "debate", "constancia", "asistencia"}
    assert common_heading("ASPECTOS CENTRALES DEL DEBATE", lower) and common_heading("CONSTANCIAS", lower)


def test_a_capitals_name_with_one_common_word_stays_a_name():
    assert not common_heading("JUAN CRUZ", {"cruz"})


def test_the_section_under_a_capitals_heading_is_nobodys():
    assert speaker_at(_report(), "apoyó el proyecto") is None


def test_asistencia_heads_an_attendance_list():
    assert ATTENDANCE.match("ASISTENCIA") and not ATTENDANCE.match("La asistencia fue escasa en la sesión.")


def test_the_body_people_come_from_is_no_label():
    assert parse_label("De la Biblioteca del Congreso Nacional") is None


def test_a_surname_opening_with_de_la_stays_a_label():
    assert parse_label("De la Fuente") is not None


def test_a_title_after_an_opening_phrase_names_the_speaker():
    assert speaker_at(_report(), "estimó indispensable conocer") == "Pérez"


def test_the_senators_turn_runs_on():
    assert speaker_at(_report(), "ha previsto fondos") == "Pérez"


def test_one_verb_belongs_to_the_subject_named_first():
    assert speaker_at(_report(), "deberán aportar una parte menor") == "Luis Mora"


def test_a_vote_item_is_the_records():
    assert speaker_at(_report(), "Sometido a votación") is None
