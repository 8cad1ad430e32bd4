"""A debate's "RB —Le quedan…" is a turn: the Spanish dialogue dash opens the words with no space after it. And a soft
hyphen (U+00AD, invisible) before a label does not hide it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DEBATE = """Ana Paz (AP) — Buenas noches, comienza el debate presidencial.

Rodolfo Barili (RB) — Buenas noches a todos.

Juan Gómez (JG) — Buenas noches.

AP — Es tiempo de la exposición de Juan Gómez, sus dos minutos.

JG — Nosotros decimos que vamos a comerciar con todos los países del mundo.

RB —Le quedan trece segundos, ¿hace uso de su tiempo o pasamos al siguiente?

JG — Pasamos.

AP —¿Quiere agregar algo más sobre la deuda?

JG — No, gracias.

\u00adRB — José Pérez, sus dos minutos de presentación.

José Pérez (JP) — Gracias a todos los que nos miran esta noche.
"""


def test_dash_glued_to_the_words_is_a_label():
    assert speaker_at(ingest_text(DEBATE, "debate.txt"), "Le quedan trece segundos") == "Rodolfo Barili"


def test_dash_glued_to_a_question_mark_is_a_label():
    assert speaker_at(ingest_text(DEBATE, "debate.txt"), "Quiere agregar algo") == "Ana Paz"


def test_soft_hyphen_before_a_label_is_invisible():
    assert speaker_at(ingest_text(DEBATE, "debate.txt"), "José Pérez, sus dos minutos") == "Rodolfo Barili"


def test_dash_inside_a_sentence_is_no_label():
    t = ingest_text("Juan Gómez: El presidente dijo entonces —Vamos a ganar— y se fue.\n", "prose.txt")
    assert speaker_at(t, "y se fue") == "Juan Gómez"
