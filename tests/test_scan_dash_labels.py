"""A scanned parliamentary record whose "SEÑOR X. — …" labels came out of the scan with a misread dash ("SEÑOR
PRESIDENTE. -— Se va…", "SEÑOR SALGADO, — Yo…", "SEÑOR ESPALTER. _ Pido…"): still labels. A sentence with an
ordinary dash inside stays one person's. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """DIARIO DE SESIONES DE LA CAMARA DE REPRESENTANTES

SEÑOR PRESIDENTE. — Está abierta la sesión.
SEÑOR CALLERIZA. — Pido la palabra para una cuestión de orden.
SEÑOR PRESIDENTE. — Tiene la palabra el señor Diputado.
SEÑOR CHOUHY TERRA (don Pedro) — Voy a hacer dos mociones sobre el orden del día.
SEÑOR PRESIDENTE. -— Se va a rectificar la votación de la moción.
SEÑOR GONZALEZ (don Carmelo R.) — Pido que se rectifique la votación.
SEÑOR PRESIDENTE, —— Se va a votar la moción del señor Diputado Aldaya.
SEÑOR SALGADO, — Yo aplazo mi moción hasta la próxima sesión.
SEÑOR ESPALTER. _ Pido la palabra para una aclaración breve.
SEÑOR CARDOSO. — Antes, si me permite el señor Presidente, quiero decir algo. Lo dije ayer, — y lo repito hoy.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(RECORD, "diario.txt"), fragment)


def test_a_hyphen_before_the_dash_still_labels():
    assert _speaker("Se va a rectificar la votación de la moción") == "SEÑOR PRESIDENTE"


def test_a_comma_and_a_double_dash_still_label():
    assert _speaker("Se va a votar la moción del señor Diputado Aldaya") == "SEÑOR PRESIDENTE"


def test_a_comma_and_a_dash_still_label():
    assert _speaker("Yo aplazo mi moción") == "Señor Salgado"


def test_an_underscore_for_the_dash_still_labels():
    assert _speaker("aclaración breve") == "Señor Espalter"


def test_a_dash_inside_a_turn_is_no_label():
    assert _speaker("y lo repito hoy") == "Señor Cardoso"
