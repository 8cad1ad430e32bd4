"""A recital's opening ("Visto el dictamen…", "Considérant…") ends a turn in minutes; inside a labelled turn a sentence
that opens so and speaks in the first person is the speaker's own reasoning ("Vista la explicación que nos ha dado,
nos vemos obligados…"), and the turn goes on. A third-person recital there is still the record's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SPOKEN = """Sesión del pleno

El señor PRESIDENTE: Tiene la palabra el Grupo Vasco.

El señor RUIZ VALLEJO: Gracias, señor presidente.

Vista la respuesta que el señor consejero nos ha dado esta mañana, nos vemos obligados a votar en contra.

Tampoco aceptamos el calendario que propone el Gobierno.

El señor PRESIDENTE: Muchas gracias.
"""

RECORD = """Acta de la sesión del pleno

El señor PRESIDENTE: Pasamos al punto segundo del orden del día.

El señor RUIZ VALLEJO: Gracias, señor presidente, mi grupo apoya la propuesta.

Visto el dictamen de la Comisión de Hacienda, el Pleno aprueba la propuesta por unanimidad.

El señor PRESIDENTE: Se levanta la sesión.
"""


def test_a_first_person_recital_in_a_turn_is_the_speaker_s():
    t = ingest_text(SPOKEN, "pleno.txt")
    assert speaker_at(t, "Vista la respuesta") == "Ruiz Vallejo"


def test_the_turn_goes_on_after_it():
    t = ingest_text(SPOKEN, "pleno.txt")
    assert speaker_at(t, "Tampoco aceptamos") == "Ruiz Vallejo"


def test_a_third_person_recital_stays_the_record_s():
    t = ingest_text(RECORD, "pleno.txt")
    assert speaker_at(t, "Visto el dictamen") is None
