"""A stenographer sets the speaker's words to the room between dashes ("—Adelante, Rosa—"); a line that ends on the
dash closing such an aside ends its words as a stop would, so the label on the next line opens a turn even where the
lines of a paragraph are joined. A dash left open at a line's end ("we act like —") is a line cut mid-phrase."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import ASIDE_CLOSED_END

RECORD = """Versión estenográfica de la reunión

MODERADORA: Buenos días, empezamos con las preguntas del público de hoy.
RAÚL MEDINA: Tengo una pregunta sobre el presupuesto de las escuelas rurales.
MODERADORA: Muy bien, gracias por la pregunta. —A ver, Rosa, y luego el compañero—
ROSA LUNA: Gracias. Quisiera saber cuándo abrirán la nueva biblioteca municipal.
RAÚL MEDINA: Y yo quisiera saber cuánto costará la biblioteca municipal.
"""


def test_a_label_after_a_closed_aside_opens_a_turn():
    t = ingest_text(RECORD, "esteno.txt")
    assert speaker_at(t, "Quisiera saber cuándo abrirán") == "Rosa Luna"


@pytest.mark.parametrize("line", ["—A ver, Rosa—", "Bien. ―Adelante―", "Bien —uno— y —dos—"])
def test_closed_asides_end_the_line(line):
    assert ASIDE_CLOSED_END.match(line)


@pytest.mark.parametrize("line", ["we all act like —", "Bien —uno— y luego —", "Bien, sin guiones", "—A ver, Rosa— y luego"])
def test_an_open_dash_or_words_after_the_aside_do_not(line):
    assert not ASIDE_CLOSED_END.match(line)
