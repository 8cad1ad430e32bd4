"""Notes of a meeting whose turns open with "Name:" labels, where the note-taker opens the next item with a topic and
its colon ("Demo del flujo completo realizada durante el bloque: el equipo ejecutó…", "Purposes of this meeting:"):
the last labelled speaker's turn ends before it. A paragraph in the first person, one naming a person of the meeting,
or a name of capitalised words leaves the turn as it was. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DAILY = """Daily del sprint 2

Asistentes: Ana Gil, Pablo Ruiz, Marta Soler.

Ana Gil: terminó el formulario de registro. Sigue con la validación.

Pablo Ruiz: aplicó la migración. Sin bloqueos.

Marta Soler: preparó los datos de prueba. Sin bloqueos.

Demo del flujo completo realizada durante el bloque: el equipo ejecutó el escenario de punta a punta. La demo se ejecutó sin errores.

Ana Gil: el panel queda para mañana.

Lo que falta para el cierre del sprint: yo me encargo de la documentación.
"""

CALL = """Community call

Attendees: Jane Roe, Sam Lee, Omar Diaz

Omar Diaz: I have notes from the vendor call.

Jane Roe: There are some pure Java implementations. Not sure how well they cover the spec.

Purposes of this meeting:

Connecting people in the community

Sam Lee: Compare other models.

Notes from the call with Omar: the vendor will review the spec.
"""


def test_topic_lead_in_ends_the_labelled_turn():
    assert speaker_at(ingest_text(DAILY, "daily.txt"), "el equipo ejecutó el escenario") is None


def test_the_item_after_the_lead_in_is_nobody_s_either():
    assert speaker_at(ingest_text(DAILY, "daily.txt"), "La demo se ejecutó sin errores") is None


def test_heading_over_a_list_ends_the_labelled_turn():
    assert speaker_at(ingest_text(CALL, "call.txt"), "Purposes of this meeting") is None


def test_lead_in_in_the_first_person_stays_the_speaker_s():
    assert speaker_at(ingest_text(DAILY, "daily.txt"), "yo me encargo de la documentación") == "Ana Gil"


def test_lead_in_naming_a_participant_is_left_to_the_other_rules():
    assert speaker_at(ingest_text(CALL, "call.txt"), "the vendor will review the spec") == "Sam Lee"


SPEECH = """Compte rendu de la séance

Présents : Paul Roux, Léa Petit, Marc Blanc

Paul Roux : Le budget est en hausse cette année.

Il faut le dire clairement, les dépenses augmentent.

Ce qui inquiète le plus les communes: la baisse des dotations en 1996.

Léa Petit : Merci.

Marc Blanc : Je prends note.
"""


def test_lead_in_after_a_speech_of_several_paragraphs_stays_the_speaker_s():
    assert speaker_at(ingest_text(SPEECH, "cr.txt"), "la baisse des dotations") == "Paul Roux"
