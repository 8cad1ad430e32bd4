"""In a machine-written meeting summary each item is a paragraph of third-person reports: a sentence whose subject is
one participant is theirs whatever its verb ("Ignacio estuvo de acuerdo…"), the item's sentences without a subject of
their own ("Además, mencionó…") are the last one named in the item; two people or the group as subject is nobody."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ES = """Notas de Gemini

Resumen

Ana López Vidal e Ignacio Ruiz Soto revisaron el presupuesto y el calendario del proyecto.

Detalles

Presupuesto Anual del Proyecto Ana López Vidal explicó que el presupuesto alcanza para las licencias del primer trimestre (00:02:10). Además, mencionó que el proveedor ofrece un descuento por pago anual (00:03:26). Ignacio estuvo de acuerdo con pagar las licencias por adelantado cada año (00:04:30).

Calendario de Entregas Ignacio Ruiz Soto propuso adelantar la entrega de las pantallas a febrero (00:06:12). Ambos acordaron revisar el calendario con el proveedor la próxima semana (00:07:40).

Sala de Pruebas Se habló de reservar la sala de pruebas durante todo el mes de febrero (00:09:02).

Pasos siguientes recomendados

Ana López Vidal enviará el presupuesto revisado a Ignacio Ruiz Soto.
"""

EN = """Notes by Gemini

Summary

Ana Lopez and Tom Baker reviewed the launch plan and the budget for the quarter.

Details

Launch Timeline Tom Baker agreed that the launch moves to March because the vendor is late (00:02:10). Ana Lopez noted that the budget still holds for the whole quarter (00:04:30).

Suggested next steps

Tom Baker will book the venue for the March launch.
"""

FR = """Notes de Gemini

Résumé

Anne Morel et Luc Girard ont passé en revue le plan de lancement et le budget.

Détails

Budget et Calendrier Anne Morel a confirmé que le budget tient pour tout le trimestre malgré le retard (00:02:10). Luc Girard a indiqué que le fournisseur livrera en mars (00:04:30).

Étapes suivantes suggérées

Luc Girard réservera la salle pour le lancement de mars.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_the_sentence_after_the_topic_is_the_named_participants():
    assert _speaker(ES, "alcanza para las licencias") == "Ana López Vidal"


def test_a_sentence_with_no_subject_is_the_items_speakers():
    assert _speaker(ES, "ofrece un descuento") == "Ana López Vidal"


def test_a_first_name_subject_with_any_verb_is_that_participant():
    assert _speaker(ES, "estuvo de acuerdo") == "Ignacio Ruiz Soto"


def test_both_as_subject_is_nobody():
    # near miss: right after Ignacio's sentence, "Ambos acordaron…" is not his
    assert _speaker(ES, "revisar el calendario con el proveedor") is None


def test_a_new_item_does_not_carry_the_last_speaker():
    # near miss: the next item's impersonal sentence is not the previous item's speaker's
    assert _speaker(ES, "reservar la sala de pruebas") is None


def test_english_topic_then_name_then_verb():
    assert _speaker(EN, "launch moves to March") == "Tom Baker"


def test_french_topic_then_name_then_verb():
    assert _speaker(FR, "le budget tient") == "Anne Morel"


def test_two_participants_as_subject_is_nobody():
    # "Anne Morel et Luc Girard ont passé en revue…": neither one's words, though a verb follows the second name
    assert _speaker(FR, "ont passé en revue") is None


def test_a_name_after_a_plural_verb_is_no_subject():
    # near miss: "Acordaron que Ignacio Ruiz Soto revisaría…" is what both agreed, not Ignacio's report
    doc = ES.replace("Ambos acordaron revisar", "Acordaron que Ignacio Ruiz Soto revisaría")
    assert _speaker(doc, "el calendario con el proveedor") is None
