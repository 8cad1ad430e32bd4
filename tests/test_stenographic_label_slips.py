"""Labels of a stenographic record as a scan prints them: a speck before the honorific ("¡El señor JEREZ.-"), a short
surname in capitals after it ("El señor EGAS (Prosecretario).-", "M. LAM. –"), a turn whose words end with a colon over
a numbered list ("…que se indican:" / "1) Observaciones…"). Each behaviour on a small text written for the test, with a
near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label


def _speaker(t, fragment):
    return speaker_at(t, fragment)


SESION = """DIARIO DE SESIONES

El señor ROJAS (Presidente).- Tiene la palabra el Honorable señor Vidal para referirse al proyecto.
¡El señor VIDAL.- He pedido la palabra porque el proyecto de los caminos lleva diez años en la Comisión.
El señor ROJAS (Presidente).- Ofrezco la palabra sobre el proyecto de los caminos de la provincia.
El señor PAZ (Prosecretario).- Con los dos oficios que siguen la Cámara comunica que ha aprobado los asuntos que se indican:

1) Proyecto de ley que modifica la planta de funcionarios del Servicio de Caminos.

El señor ROJAS (Presidente).- ¡El minero quiere morir en la mina!, dijo ayer un senador en esta misma Sala.
"""


def test_a_speck_before_the_honorific_does_not_hide_the_label():
    t = ingest_text(SESION, "sesion.txt")
    assert _speaker(t, "He pedido la palabra porque") == "El señor VIDAL"


def test_an_exclamation_after_a_label_is_the_speakers_words():
    t = ingest_text(SESION, "sesion.txt")
    assert _speaker(t, "El minero quiere morir") == "El señor ROJAS"


def test_short_surname_in_capitals_after_the_honorific_is_the_name():
    lab = parse_label("El señor PAZ (Prosecretario)")
    assert lab is not None and lab.core == "PAZ"


def test_postnominal_after_a_name_is_still_dropped():
    lab = parse_label("Jane Roe AM")
    assert lab is not None and lab.core == "Jane Roe"


def test_short_second_surname_in_capitals_stays_in_the_name():
    lab = parse_label("El señor RUIZ SOTO")
    assert lab is not None and lab.core == "RUIZ SOTO"


def test_honour_after_a_surname_in_capitals_is_still_dropped():
    lab = parse_label("Mr SMITH MP")
    assert lab is not None and lab.core == "SMITH"


def test_turn_ending_with_a_colon_over_a_numbered_item_is_a_turn():
    t = ingest_text(SESION, "sesion.txt")
    assert _speaker(t, "Con los dos oficios que siguen") == "El señor PAZ"


TABLE = """Compte rendu du conseil

M. MARTIN : Le budget de la commune pour l'année prochaine est présenté ainsi.
Illuminations de Noël : Location du matériel : 2014 : 1467,10 € H.T.
M. MARTIN : Nous vous proposons de voter ce budget ce soir sans autre débat.
"""


def test_a_data_row_with_a_second_colon_and_a_figure_is_no_label():
    t = ingest_text(TABLE, "cr.txt")
    assert _speaker(t, "Illuminations de Noël") != "Illuminations de Noël"
