"""Stenographic records whose turns open with a label in capitals on a line of its own between `---` lines
("MODERADOR", "NOMBRE APELLIDO, CARGO LARGO"), written as plain text with no blank lines: the label holds even though
the cleaning joins it to the line before; "NAME, A LONG POSITION (note): words" on one line is a label; a Spanish
salutation ("Señor presidente:") on a line of its own is the speaker's words, not a label. Each rule on a small text
written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import Line, LineKind, classify
from quidit.ingest.lexicon import CAPS_TITLED_LABEL, SALUTATION


def _speaker(t, fragment):
    return speaker_at(t, fragment)


RULED = """Versión estenográfica. Foro anual de la Cámara
Presidencia de la República
---
MODERADORA
Damos la bienvenida a las autoridades que nos acompañan.
A continuación escucharemos a nuestra directora.
---
LUCÍA FERNÁNDEZ ROBLES, DIRECTORA GENERAL ADJUNTA DE PLANEACIÓN DE LA CÁMARA DE COMERCIO DEL ESTADO
Nuestro foro busca responder a los retos sociales de las empresas.
Señor presidente:
Le agradecemos su presencia en este foro.
TOMÁS IBARRA SOLÍS, PRESIDENTE DEL CONSEJO DE ADMINISTRACIÓN DE LA CÁMARA DE COMERCIO (interpretación inglés-español): Quiero que la Cámara sea más incluyente.
---
PRESIDENTE ANDRÉS SALGADO
Amigas, amigos: me da mucho gusto participar en este foro.
"""


def test_a_capitals_label_after_a_ruled_line_opens_a_turn_in_a_text_without_blank_lines():
    assert _speaker(ingest_text(RULED, "foro.txt"), "Damos la bienvenida") == "MODERADORA"


def test_a_long_name_and_position_label_in_capitals_after_a_ruled_line_names_the_person():
    assert _speaker(ingest_text(RULED, "foro.txt"), "Nuestro foro busca responder") == "Lucía Fernández Robles"


def test_a_spanish_salutation_on_its_own_line_keeps_the_speakers_turn():
    assert _speaker(ingest_text(RULED, "foro.txt"), "Le agradecemos su presencia") == "Lucía Fernández Robles"


def test_a_long_capitals_label_with_a_note_and_a_colon_names_the_person_on_its_line():
    assert _speaker(ingest_text(RULED, "foro.txt"), "Quiero que la Cámara sea") == "Tomás Ibarra Solís"


def test_a_capitals_line_without_a_ruled_line_before_is_no_label():
    text = RULED.replace("---\nLUCÍA", "LUCÍA")
    assert _speaker(ingest_text(text, "foro.txt"), "Nuestro foro busca responder") != "Lucía Fernández Robles"


def test_a_long_capitals_line_whose_first_part_is_no_name_is_no_label():
    s = "INFORME DE LA COMISIÓN DE HACIENDA DEL ESTADO SOBRE EL PRESUPUESTO, CAPÍTULO DE OBRAS PÚBLICAS"
    line = Line(0, len(s))
    classify(s, line)
    assert line.kind == LineKind.TEXT


def test_the_capitals_label_pattern_needs_a_comma_after_the_name():
    assert CAPS_TITLED_LABEL.match("ACUERDO DEL CONSEJO (versión final): Se aprueba el presupuesto.") is None


def test_salutation_is_the_spelled_out_honorific_and_a_lower_case_title():
    assert SALUTATION.match("Señor presidente:") and SALUTATION.match("Señoras y señores:")


def test_salutation_is_not_a_speaker_label_with_article_abbreviation_or_capital():
    assert not any(SALUTATION.match(s) for s in ("El señor PRESIDENTE:", "Sr. presidente:", "Señor Presidente:",
                                                  "Señor López:"))
