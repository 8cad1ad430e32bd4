"""A Chilean chamber's record writes its label line "El señor STARK (Vicepresidente).-" and, as often, with a space
before the dash, "El señor STARK (Vicepresidente). -": both open the member's turn. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SESSION = """El señor VIDELA (Vicepresidente).-

En conformidad con el objeto de la presente sesión, corresponde ocuparse del proyecto de ley.

El señor GUASTAVINO.-

Pido la palabra, señor Presidente, para referirme a las facilidades de pago de los contribuyentes.

El señor STARK (Vicepresidente). -

Puede hacer uso de la palabra el señor Maira; y, a continuación el señor Urra.

El señor MAIRA.-

Señor Presidente, los Diputados de estas bancas votaremos favorablemente el proyecto.

El señor STARK (Vicepresidente). -

Si le parece a los señores Diputados y no se pide votación, se dará por aprobado.
"""


def test_a_label_line_with_a_space_before_its_dash_opens_the_turn():
    t = ingest_text(SESSION, "sesion.txt")
    assert speaker_at(t, "se dará por aprobado") == "El señor STARK"
