"""A text the minutes say someone wrote, annexed under its title after the minutes, is its writer's: from under its
heading to the next document; the heading itself is nobody's, and a text whose title no heading repeats stays as
the narration left it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ACTA = """ACTA DE LA SESIÓN ORDINARIA DEL CONSEJO CIUDADANO

Siendo las 17:00 horas se reunieron los integrantes del Consejo.

I. La Maestra Ana Gil Robles, jefa de la sección, procedió a leer un texto que elaboró el Sr. Pedro Luna, responsable de la programación, que se titula Estado actual de las producciones de la emisora en tiempos de contingencia, el cual se anexa.

II. El Dr. Mario Ruiz Soto agradeció la presentación del informe.

Se levantó la sesión a las 19:00 horas.

ESTADO ACTUAL DE LAS PRODUCCIONES DE LA EMISORA

Presentar el estado de los programas que se transmiten cada semana.

La mayoría de los productores han retomado la grabación de sus programas desde casa.

NO. Oficio: 008
ASUNTO: Solicitud de espacio

Se solicita un espacio para un programa nuevo del departamento.
"""

REPORT = """Minutes of the Board meeting

Jane Roe presented the report prepared by Tom Reed, the treasurer, entitled "Budget outlook for the next three years" and the Board thanked him.

Paul Diaz asked about the reserve.

Budget outlook for the next three years

Income from membership fees grew by four percent last year.
"""


def test_the_annexed_text_is_its_writers():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "La mayoría de los productores han retomado") == "Pedro Luna"


def test_the_annexed_texts_heading_is_nobodys():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "ESTADO ACTUAL DE LAS PRODUCCIONES") is None


def test_the_annex_ends_at_the_next_documents_header():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "Se solicita un espacio para un programa") is None


def test_an_english_report_annexed_under_its_title():
    assert speaker_at(ingest_text(REPORT, "minutes.txt"), "Income from membership fees grew") == "Tom Reed"


def test_no_heading_with_the_title_no_annex():
    text = REPORT.replace("Budget outlook for the next three years\n\nIncome", "Income")
    assert speaker_at(ingest_text(text, "minutes.txt"), "Income from membership fees grew") != "Tom Reed"


def test_a_rector_who_addresses_words_to_the_council_speaks():
    text = ACTA.replace("II. El Dr. Mario Ruiz Soto agradeció la presentación del informe.",
                        "II. El Rector de la Universidad, Dr. Mario Ruiz Soto, dirigió unas palabras a los integrantes del Consejo.")
    assert speaker_at(ingest_text(text, "acta.txt"), "dirigió unas palabras a los integrantes") == "Mario Ruiz Soto"
