"""A conference report that lists no speakers and heads each talk with the speaker's name alone on a line, the talk's
title on the next: the notes under the two lines are that speaker's (bare statements, quotes, reported speech), the
title is nobody's words. The layout counts only repeated, with a name over a title over notes."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

REPORT = """Crónica del encuentro de bibliotecas

El sábado pasado se celebró el encuentro en la casa de la cultura. Aquí van mis apuntes.

Marta Quiroga Beltrán

Los archivos del río: memoria de una inundación

Los catálogos de la biblioteca municipal se perdieron con la crecida de 1974.

"Un archivo sin catálogo es un archivo muerto".

Anselmo R. Villaseñor 'Chelo'

Imprentas pequeñas del norte

Las imprentas del norte imprimían folletos en secreto durante la guerra.

Chelo nos contó cómo escondían los tipos de la policía.

Dolores Etxeberria

Bibliotecas rurales hoy

Hay más de doscientas bibliotecas rurales sin conexión a la red.
"""


TITLES = ("\n\nLos archivos del río: memoria de una inundación\n", "\n\nImprentas pequeñas del norte\n",
          "\n\nBibliotecas rurales hoy\n")


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "report.txt"), fragment)


def _retitled(*lines: str) -> str:
    """The report with its three talk titles' lines (a blank line above each) replaced."""
    doc = REPORT
    for old, new in zip(TITLES, lines):
        doc = doc.replace(old, new)
    return doc


def test_the_notes_under_a_name_over_a_title_are_that_speakers():
    assert _speaker(REPORT, "se perdieron con la crecida") == "Marta Quiroga Beltrán"


def test_a_quote_in_the_talk_is_the_speakers_too():
    assert _speaker(REPORT, "archivo sin catálogo") == "Marta Quiroga Beltrán"


def test_the_next_name_starts_the_next_talk():
    assert _speaker(REPORT, "imprimían folletos") == "Anselmo R. Villaseñor"


def test_the_nickname_in_quotes_after_the_name_is_that_person():
    assert _speaker(REPORT, "escondían los tipos") == "Anselmo R. Villaseñor"


def test_the_talks_title_is_nobodys():
    assert _speaker(REPORT, "Imprentas pequeñas del norte") is None
    assert _speaker(REPORT, "memoria de una inundación") is None


def test_the_writers_framing_before_the_first_talk_is_nobodys():
    assert _speaker(REPORT, "Aquí van mis apuntes") is None


def test_an_english_report_reads_the_same():
    doc = """Notes from the library meeting

Some notes I took on the day.

Margaret Oyelaran

Rivers and archives

The catalogues were lost in the flood of 1974.

Tobias K. Brennan

Small presses of the north

The presses printed pamphlets in secret.

Hélène Vasquez-Dunmore

Rural libraries today

Two hundred rural libraries still have no connection.
"""
    assert _speaker(doc, "printed pamphlets") == "Tobias K. Brennan"
    assert _speaker(doc, "Small presses of the north") is None


def test_two_such_headings_are_no_layout():
    # near miss: two names over titles may be mentions; the layout counts from three talks
    doc = REPORT.replace("Dolores Etxeberria\n\nBibliotecas rurales hoy\n\n", "")
    assert _speaker(doc, "se perdieron con la crecida") is None


def test_a_name_over_a_sentence_heads_nothing():
    # near miss: a name right over the notes, no title between, is a signature or a mention here
    doc = _retitled("", "", "")
    assert _speaker(doc, "imprimían folletos") is None


def test_a_title_case_heading_the_text_writes_in_lower_case_is_no_name():
    # near miss: "Old Business" over "Tools" over notes, with "old" and "business" written in lower case elsewhere
    doc = """Member meeting

The old fridge was discussed as new business by the members.

Old Business

Tools and machines

The laser cutter was repaired last week.

New Business

Rooms and keys

The basement keys were handed out.

Member Reports

Projects done

A snowflake was cut on the laser.
"""
    assert _speaker(doc, "laser cutter was repaired") is None


def test_a_title_ending_with_a_full_stop_is_a_sentence():
    # near miss: under the name comes a sentence, not a title: no talk heading
    doc = _retitled("\n\nHabló de archivos.\n", "\n\nHabló de imprentas.\n", "\n\nHabló de bibliotecas.\n")
    assert _speaker(doc, "imprimían folletos") is None


def test_a_one_word_line_under_the_name_is_no_talk_title():
    # near miss: "Marta Quiroga Beltrán" over "Archivos" (one word: a sub-heading or a name) over notes heads no talk
    doc = _retitled("\n\nArchivos\n", "\n\nImprentas\n", "\n\nBibliotecas\n")
    assert _speaker(doc, "imprimían folletos") is None


def test_a_heading_over_another_heading_heads_no_talk():
    # near miss: the line under the "title" is one more heading, not notes
    doc = REPORT.replace("Los catálogos de la biblioteca", "Catálogos perdidos\n\nLos catálogos de la biblioteca") \
        .replace("Las imprentas del norte imprimían", "Folletos secretos\n\nLas imprentas del norte imprimían") \
        .replace("Hay más de doscientas", "Sin conexión\n\nHay más de doscientas")
    assert _speaker(doc, "imprimían folletos") is None
