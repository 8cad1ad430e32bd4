"""A Chilean chamber's record puts each label alone on its line ("El señor STARK (Vicepresidente).-") and its
stenographers' notes on lines led by a hyphen glued to the note ("-Se suspendió la sesión a las 18 horas."): the
note is nobody's words. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SESSION = """El señor VIDELA (Vicepresidente).-

En conformidad con el objeto de la presente sesión, corresponde ocuparse del proyecto de ley.

El señor GUASTAVINO.-

Pido la palabra, señor Presidente, para referirme a las facilidades de pago de los contribuyentes.

El señor MAIRA.-

Señor Presidente, los Diputados de estas bancas votaremos favorablemente el proyecto.

El señor CLAVEL.-

Señor Presidente, nosotros también apoyaremos esta iniciativa en la votación general.

El señor STARK (Vicepresidente).-

Se suspende la sesión por cinco minutos.

-Se suspendió la sesión a las 18 horas 38 minutos.

El señor STARK (Vicepresidente).-

Continúa la sesión con la votación del artículo primero.
"""


def test_a_hyphen_led_note_is_nobody_s():
    t = ingest_text(SESSION, "sesion.txt")
    assert speaker_at(t, "Se suspendió la sesión a las 18") is None
