"""A broadcast transcript's turn under "No identificado" right after a turn that ends by announcing the next speaker
("Vamos a escuchar a la asambleísta Paola Jaramillo.") is the announced person's; without the announcement it stays
nobody's, and the announcement reaches no further than the next name line."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PLENO = """Sesión del pleno de la Asamblea

Gerardo Machado
Lo que yo sí le digo es que nosotros amamos el pensamiento de Simón Bolívar. Muchas gracias, señor presidente.

Lucía Jaramillo
Quiero agradecer a los compañeros que apoyaron esta resolución el día de hoy.

No identificado
Esa fue la segunda intervención del asambleísta Gerardo Machado. Vamos a escuchar a la asambleísta Paola Jaramillo.

No identificado
Buenos días, señor Presidente de la Asamblea, compañeros legisladores. Y qué lindo es venir a la Asamblea.

Andrés Castillo
La comparecencia del presidente del Consejo de la Judicatura debe ser presencial.

No identificado
Esta resolución fue aprobada con ciento cuarenta y dos votos afirmativos.
"""


def test_the_announced_speaker_speaks_under_no_identificado():
    assert speaker_at(ingest_text(PLENO, "pleno.txt"), "qué lindo es venir a la Asamblea") == "Paola Jaramillo"


def test_the_announcers_own_turn_stays_unnamed():
    assert speaker_at(ingest_text(PLENO, "pleno.txt"), "Esa fue la segunda intervención") is None


def test_no_announcement_no_speaker():
    assert speaker_at(ingest_text(PLENO, "pleno.txt"), "fue aprobada con ciento cuarenta") is None
