"""A televised debate's transcript labels each turn office first, the office long and quoted ("Candidata a la
Presidencia por la Coalición “…”, Name:"), and a one-word answer ("Moderador, X: Sí.") is a turn, not a signature
block naming "X: Sí". Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

DEBATE = """Moderador, Manuel Ruiz Soto: Qué tal. Muy buenas noches, bienvenidos al primer debate.

Moderadora, Denise Olmos: Buenas noches a todos, empezamos con el tema de la salud pública.

Candidata a la Presidencia por la Coalición “Sigamos Haciendo Historia por México”, Claudia Pérez Pardo: Buenas noches, vamos a fortalecer el sistema de salud pública.

Candidato a la Presidencia del Partido Movimiento Ciudadano, Jorge Álvarez Luna: Yo propongo duplicar el presupuesto de los hospitales.

Moderador, Manuel Ruiz Soto: ¿Quiere responder la candidata?

Candidata a la Presidencia por la Coalición “Sigamos Haciendo Historia por México”, Claudia Pérez Pardo: Sí, con mucho gusto.

Moderador, Manuel Ruiz Soto: Sí.

Moderadora, Denise Olmos: Gracias, seguimos con el siguiente bloque del debate.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(DEBATE, "debate.txt"), fragment)


def test_long_quoted_office_then_the_name_is_the_name():
    assert _speaker("vamos a fortalecer el sistema") == "Claudia Pérez Pardo"


def test_candidate_of_a_party_is_an_office():
    assert parse_label("Candidato a la Presidencia del Partido Movimiento Ciudadano, Jorge Álvarez Luna").name \
        == "Jorge Álvarez Luna"


def test_a_one_word_answer_is_a_turn_not_a_signature():
    names = {p.name for p in ingest_text(DEBATE, "debate.txt").participants}
    assert "Manuel Ruiz Soto" in names and not any(":" in n for n in names)


def test_a_sentence_with_a_comma_and_a_colon_is_no_office_label():
    # near miss: a long line with a comma before a colon, its head no office, is the speaker's words
    assert parse_label("Por descarte, candidato Máynez, le toca la B, preguntas que recibió el Instituto") is None
