"""A turn opened by "Title Name- Office" and the words, with no colon, on lines a PDF wrapped (a Costa Rican
council's acta); a resolution's "ACUERDO 2°" over its text is the record's; a labelled speaker's "yo" keeps the turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.dash_office_labels import dash_office_label

ACTA = """Sesión ordinaria número 012-2025 celebrada por el Concejo Municipal del Distrito de San Luis, al ser las
18 horas del 4 de marzo del dos mil veinticinco.
Apertura de la sesión
Concejal Ana Ruiz Soto-Presidenta Municipal Buenas tardes, bienvenidos, damos inicio con la
apertura de la sesión ordinaria y les agradezco la puntualidad.
Concejal Luis Mora Vega- Regidor Propietario. Quiero proponer que revisemos el presupuesto
de la junta vial antes de la próxima sesión.
Sr. Pedro Gil Arce – Intendente Municipal El proyecto más grande es el de la calle ronda, con
cincuenta millones asignados para este año.
Concejal Ana Ruiz Soto- Presidenta Municipal Entonces lo sometemos a votación.
ACUERDO 2°
En virtud de la solicitud presentada por la comisión, se decide otorgar la audiencia solicitada
para el próximo martes.
Sr. Pedro Gil Arce- Intendente Municipal Hubo una reunión con el comité de aguas, ellos
realizaron una exposición y el regidor Luis Mora explicó el traslado, yo no sé a dónde va a
llegar eso.
"""


def test_the_line_after_a_dash_office_label_is_the_named_persons():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "les agradezco la puntualidad") == "Ana Ruiz Soto"


def test_the_office_with_a_full_stop_ends_the_label():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "revisemos el presupuesto") == "Luis Mora Vega"


def test_a_spaced_dash_before_the_office_is_the_same_label():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "cincuenta millones asignados") == "Pedro Gil Arce"


def test_a_resolution_heading_ends_the_turn_before_it():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "se decide otorgar la audiencia") is None


def test_a_labelled_speakers_own_i_keeps_the_turn_over_a_reported_name():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "yo no sé a dónde va") == "Pedro Gil Arce"


def test_a_hyphenated_surname_is_no_dash_office_label():
    # near miss: the word after the dash is a surname's second half, not an office
    assert dash_office_label("Concejal Ana Ruiz-Soto Buenas tardes a todos") is None


def test_an_office_that_opens_the_name_is_no_dash_office_label():
    # near miss: "Presidenta Municipal: …" in an attendance list is an office before a name
    assert dash_office_label("Sra. Presidenta Municipal- Secretaria General Ana Ruiz") is None
