"""A machine-written meeting summary (Gemini's "Detalles"/"Details") opens each item with a title-case topic run into
its first sentence ("Presupuesto y Herramientas Ana López Vidal explicó…"): the person is the full name that ends the
run, the one the text writes more often, not the topic words before it. Two full names joined by "y"/"e"/"and" in one
run are two people, each a name of its own."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import TextNames

ES = """Notas de Gemini

Resumen

Ana López Vidal e Ignacio Ruiz Soto discutieron el presupuesto del proyecto. Ignacio enfatizó que el proveedor debe entregar antes de marzo para cumplir el calendario.

Detalles

Presupuesto y Herramientas Ana López Vidal explicó que el presupuesto alcanza para las licencias del primer trimestre (00:02:10). Ignacio Ruiz Soto señaló que las licencias se pagan por adelantado cada año (00:04:30).

Calendario de Entregas del Proveedor Ignacio Ruiz Soto propuso adelantar la entrega de las pantallas a febrero para probarlas (00:06:12).

Pasos siguientes recomendados

Ana López Vidal enviará el presupuesto revisado a Ignacio Ruiz Soto.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notas.txt"), fragment)


def test_the_topic_run_into_the_first_sentence_is_not_part_of_the_name():
    assert _speaker(ES, "alcanza para las licencias") == "Ana López Vidal"


def test_a_longer_topic_with_particles_before_the_name():
    assert _speaker(ES, "adelantar la entrega") == "Ignacio Ruiz Soto"


def test_no_participant_carries_the_topic_words():
    people = {p.name for p in ingest_text(ES, "notas.txt").participants}
    assert people == {"Ana López Vidal", "Ignacio Ruiz Soto"}


def test_two_names_joined_by_e_are_two_people():
    # "Ana López Vidal e Ignacio Ruiz Soto": the summary's "Ignacio enfatizó…" right after is Ignacio Ruiz Soto's
    assert _speaker(ES, "el proveedor debe entregar") == "Ignacio Ruiz Soto"


def test_a_pair_run_is_not_glued_to_its_second_name():
    # near miss: "Ana López Vidal y Ignacio Ruiz Soto" is no topic before a name; the pair's sentence is nobody's
    doc = ES.replace("Calendario de Entregas del Proveedor Ignacio Ruiz Soto propuso",
                     "Ana López Vidal y Ignacio Ruiz Soto acordaron")
    assert _speaker(doc, "adelantar la entrega") != "Ignacio Ruiz Soto"


def test_a_name_with_y_inside_stays_one_name():
    # near miss: one word after the join ("José Ortega y Gasset") is one person's name, not two
    names = TextNames.of("El filósofo José Ortega y Gasset escribió mucho.", [0])
    assert [n for _, n in names.full] != ["José Ortega", "Gasset"]


def test_without_a_summary_layout_no_topic_is_cut():
    # near miss: outside a machine-written summary the run is read as before (no counts of written names)
    names = TextNames.of("Presupuesto y Herramientas Ana López Vidal explicó. Ana López Vidal dijo. Ana López Vidal vino.", [0])
    assert names.written == {}


ITEM = "Calendario de Entregas del Proveedor Ignacio Ruiz Soto propuso adelantar"


def _item_opened(words: str, doc: str = ES) -> str | None:
    """The speaker of the calendar item once its opening words, up to "adelantar", are `words`."""
    return _speaker(doc.replace(ITEM, words), "adelantar la entrega")


def test_a_topic_with_y_whose_words_are_written_once_is_no_pair():
    # "Revisión de Contratos y Problemas Técnicos Ana López Vidal propuso…": "Revisión de Contratos" is written once, a
    # topic, not a second person beside Ana López Vidal
    assert _item_opened("Revisión de Contratos y Problemas Técnicos Ana López Vidal propuso adelantar") == "Ana López Vidal"


def test_a_topic_that_names_someone_before_the_subject():
    # "El Papel de Marta Gil como Enlace Ana López Vidal propuso…": the topic's name is no subject; the name after it is
    doc = ES.replace("discutieron el presupuesto del proyecto.", "discutieron el presupuesto del proyecto con Marta Gil.")
    assert _item_opened("El Papel de Marta Gil como Enlace Ana López Vidal propuso adelantar", doc) == "Ana López Vidal"


def test_a_topic_with_an_apposition_comma():
    assert _item_opened("Marta, la Enlace de Compras Ignacio Ruiz Soto propuso adelantar") == "Ignacio Ruiz Soto"


def test_near_miss_a_pair_written_twice_each_stays_a_pair():
    assert _item_opened("Calendario Ana López Vidal y Ignacio Ruiz Soto acordaron adelantar") is None


def test_near_miss_words_of_a_sentence_before_the_name_keep_it_unread():
    assert _item_opened("Para cumplir con el calendario acordado, Ignacio Ruiz Soto propuso adelantar") == "Ignacio Ruiz Soto"
