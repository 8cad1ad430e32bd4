"""A machine-written meeting summary exported from a PDF: each item of "Detalles" keeps its bullet glyph and ends its
topic with a colon, any words before it ("● Revisión del uso del tipo de cambio en el tiempo: Rose Ríos Gómez
señaló…"), and a name the PDF cut at a line's end is written once in part ("Rose" / "Ríos Gómez"): the person is the
full name the summary writes most, and two overlapping parts of one name are one person, not a pair."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import TextNames

NOTAS = """Notas de Gemini

Resumen
Rose Ríos Gómez y Larissa Calvo revisaron la moneda de la Proforma.

Detalles
●
Abordaje de la facturación por adelantado y preguntas preliminares: Rose
Ríos Gómez dio inicio a la presentación del módulo de factura por adelantado.
●
Revisión del uso del tipo de cambio en el tiempo: Rose Ríos Gómez señaló
que cada documento lleva su propio tipo de cambio según la fecha.
●
Definición de la moneda: Larissa Calvo indicó que el pedido se realiza con una moneda y un tipo de cambio.
Rose Ríos Gómez enfatizó que el detalle del pedido debe mostrar la moneda.

Pasos siguientes recomendados
Larissa Calvo enviará el catálogo de clientes.
"""


def test_a_topic_ending_in_a_colon_after_a_bullet_glyph():
    assert speaker_at(ingest_text(NOTAS, "notas.txt"), "cada documento lleva su propio tipo") == "Rose Ríos Gómez"


def test_the_full_name_written_most_is_the_person():
    assert speaker_at(ingest_text(NOTAS, "notas.txt"), "detalle del pedido debe mostrar") == "Rose Ríos Gómez"


def test_a_tail_written_more_often_than_the_run_is_still_glued():
    names = TextNames([], frozenset(), frozenset(), written={"ana lopez vidal": 3, "presupuesto y herramientas ana lopez vidal": 1})
    assert names.glued_tail("Presupuesto y Herramientas Ana López Vidal") == "Ana López Vidal"


def test_a_run_written_more_often_than_its_tail_is_the_name():
    names = TextNames([], frozenset(), frozenset(), written={"rose rios gomez": 10, "rios gomez": 1})
    assert names.glued_tail("Rose Ríos Gómez") is None
