"""A role label on a line of its own with the speech under it ("PRESIDENTE:" / "Esta mañana…") is a verbatim turn, not
a signature: the capitals heading above it ("MINUTO DE SILENCIO") is not the role holder's name."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DIARIO = """DIARIO DE SESIONES DEL CONGRESO
Sesión plenaria núm. 12

PRESIDENTE:
Se abre la sesión.

MINUTO DE SILENCIO

PRESIDENTE:
Esta mañana conocimos la noticia del accidente ocurrido en los Alpes. Ruego a sus señorías que guardemos un minuto de silencio.

Pérez Gil, Ana:
Gracias, señor presidente. Nuestro grupo votará a favor de la proposición.

PRESIDENTE:
Muchas gracias, señora Pérez.
"""


def test_the_heading_over_a_role_label_is_no_name():
    t = ingest_text(DIARIO, "diario.txt")
    assert all("MINUTO" not in p.name for p in t.participants)


def test_the_speech_under_the_role_label_is_the_role_holders():
    assert speaker_at(ingest_text(DIARIO, "diario.txt"), "accidente ocurrido en los Alpes") == "PRESIDENTE"
