"""A Mexican legislature's Diario de los Debates, as a PDF's text layer gives it: capitals labels with ".-" that
wrap over two lines (also inside their "(Desde su curul)" note), the courtesy "C." (ciudadano) and "LIC." before the
office or the name, and the speakers' own "Señor Secretario:" addresses, which are no turns."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

DIARIO = """DIARIO DE LOS DEBATES
EL C. PRESIDENTE DIPUTADO LEONARDO ÁLVAREZ
ROMO.-  Gracias. Se concede el uso de la palabra hasta por
5 minutos al diputado Fernando Espino. Adelante diputado.
EL C. DIPUTADO FERNANDO ESPINO ARÉVALO (Desde
su curul).-  Con su permiso, señor Presidente.
Señor Secretario: Como usted sabe la asignación presupuestaria
por capítulos nos permite inferir el gasto de cada año.
EL C. PRESIDENTE.-  Gracias, diputado. Se concede el uso de la
palabra al Secretario de Finanzas para dar respuesta.
EL C. LIC. MARIO M. DELGADO CARRILLO.-  Con su venia,
señor Presidente. En servicios personales hay un incremento
de 3 mil 800 millones de pesos.
EL C. DIPUTADO FERNANDO ESPINO ARÉVALO (Desde
su curul).-  Señor Secretario, le pregunto si no hay duplicidad.
"""


def test_a_capitals_label_wrapped_over_two_lines_is_one_label():
    assert speaker_at(ingest_text(DIARIO, "diario.txt"), "al diputado Fernando Espino") == "Leonardo Álvarez Romo"


def test_a_label_wrapped_inside_its_bracketed_note_is_one_label():
    assert speaker_at(ingest_text(DIARIO, "diario.txt"), "Con su permiso, señor Presidente") == "Fernando Espino Arévalo"


def test_an_address_with_a_colon_in_a_dash_record_is_the_speakers_own_words():
    assert speaker_at(ingest_text(DIARIO, "diario.txt"), "la asignación presupuestaria") == "Fernando Espino Arévalo"


def test_a_licenciado_label_names_the_person():
    assert speaker_at(ingest_text(DIARIO, "diario.txt"), "incremento de 3 mil 800") == "Mario M. Delgado Carrillo"


def test_the_citizen_courtesy_before_an_office_leaves_the_office():
    label = parse_label("EL C. PRESIDENTE")
    assert label is not None and label.role is not None and label.role.value == "chair"
