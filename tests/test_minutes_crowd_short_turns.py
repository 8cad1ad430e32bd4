"""In minutes typed live at an assembly of many people (more lower-case nicks than a transcript's few labels, their
turns most of the lines), people say short things without a stop ("andres: un detalle") and some speak once
("serena: tambien en italiano"): such a lower-case label is a turn too, when the text writes the word as a label more
often than as a word of its prose. A nick with several turns without a stop speaks in any text whose lines are mostly
nick turns, however few the people. Each test on a small text written for it (one behaviour per test; the real
documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NICKS = ["ana", "bea", "ciro", "dani", "eli", "fede", "gabi", "hugo", "ines", "juli", "karu", "lalo", "mati", "nora"]


def _crowd(extra: str) -> str:
    turns = [f"{n}: propongo el punto {k + 1}." for k, n in enumerate(NICKS)]
    turns += [f"{n}: estoy de acuerdo con la idea {k + 1}." for k, n in enumerate(NICKS)]
    return "Asamblea del jueves\n\n" + "\n\n".join(turns[:20] + extra.split("\n\n") + turns[20:]) + "\n"


def test_nick_whose_turns_have_no_stop_is_a_speaker():
    t = ingest_text(_crowd("pepe: un detalle sobre la fecha\n\npepe: les aviso por la lista"), "minutas.txt")
    assert speaker_at(t, "un detalle sobre la fecha") == "pepe"


def test_nick_that_speaks_once_is_a_speaker():
    t = ingest_text(_crowd("olga: tambien en italiano"), "minutas.txt")
    assert speaker_at(t, "tambien en italiano") == "olga"


def test_word_the_prose_writes_too_is_no_speaker():
    # near miss: "propuesta" is a word of the minutes' prose as well ("la propuesta de la marcha"), not a nick
    extra = "la propuesta de la marcha quedó para el viernes.\n\npropuesta: hacer la marcha el sábado"
    t = ingest_text(_crowd(extra), "minutas.txt")
    assert speaker_at(t, "hacer la marcha el sábado") != "propuesta"


SMALL = """Reunion del jueves

ana: propongo armar una milonga en la plaza.

bea: estoy de acuerdo, la armamos el viernes.

pepe: un detalle sobre la fecha

ana: entonces lo anuncio en la lista.

bea: yo llevo el sonido y las banderas.

pepe: les aviso por la lista
"""


def test_nick_without_stops_in_a_small_conversation_of_nicks_is_a_speaker():
    t = ingest_text(SMALL, "minutas.txt")
    assert speaker_at(t, "un detalle sobre la fecha") == "pepe"


def test_nick_without_stops_in_a_text_mostly_prose_is_no_speaker():
    # near miss: the same turns among paragraphs of prose that are most of the text: no conversation of nicks
    prose = "\n\n".join(f"El informe de la comision numero {k} trata de la plaza y de las fiestas." for k in range(12))
    t = ingest_text(SMALL + "\n" + prose + "\n", "minutas.txt")
    assert speaker_at(t, "un detalle sobre la fecha") != "pepe"
