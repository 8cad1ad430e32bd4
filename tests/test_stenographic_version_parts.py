"""A Latin American stenographic version: a turn's opening clock after its label ("-EL C. PRESIDENTE X: (12:11
horas) Solicito…") is no data row, "(Sigue 3ª. Parte)" between two typists' parts does not end the turn, and a
paragraph of a long speech in the impersonal ("Y el último párrafo, se propone suprimirlo…") stays the speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """SESION ORDINARIA DE LA H. CAMARA DE DIPUTADOS, CELEBRADA EL MARTES 3 DE MAYO DE 2011.

PRESIDENCIA DEL CIUDADANO DIPUTADO
JORGE LUNA TAPIA

        -EL C. PRESIDENTE JORGE LUNA TAPIA: (11:05 horas) Solicito a la Secretaría informe a la Asamblea el resultado del cómputo de asistencia.

        -EL C. SECRETARIO MARIO PAZ ORTEGA: Informo a la Asamblea que hay quórum, señor presidente.

        -EL C. PRESIDENTE LUNA TAPIA: Se abre la sesión. Tiene el uso de la palabra la diputada Elena Ríos Vega.

        -LA C. DIPUTADA ELENA RÍOS VEGA: Con su venia, señor presidente. Vengo a presentar las reservas de las comisiones.

        La primera reserva modifica el artículo 12 para que el plazo sea de treinta días y no de sesenta.

        La segunda reserva precisa el artículo 14 en el mismo sentido, para dar certeza a los ciudadanos.

        Y el último párrafo, se propone suprimirlo porque el párrafo anterior ya recoge el mismo sentido.

        Hoy tenemos la oportunidad de dar a muchos ciudadanos herramientas para incidir…..

(Sigue 3ª. Parte)

. . . para incidir en las decisiones públicas; les pido el voto a favor de estas reservas.

(Aplausos)

        -EL C. PRESIDENTE LUNA TAPIA: Gracias, diputada Ríos Vega. Consulte la Secretaría si se admiten las reservas.
"""


def test_a_clock_after_the_label_keeps_the_first_turn():
    t = ingest_text(RECORD, "version.txt")
    assert speaker_at(t, "Solicito a la Secretaría informe") == "Jorge Luna Tapia"


def test_the_next_typist_s_part_goes_on_with_the_speaker():
    t = ingest_text(RECORD, "version.txt")
    assert speaker_at(t, "para incidir en las decisiones públicas") == "Elena Ríos Vega"


def test_an_impersonal_paragraph_of_a_long_speech_stays_the_speaker_s():
    t = ingest_text(RECORD, "version.txt")
    assert speaker_at(t, "se propone suprimirlo") == "Elena Ríos Vega"
