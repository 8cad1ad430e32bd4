"""A turn whose words hold a colon and a figure ("IG: … la plataforma es esta: 255, y nos piden…") is still a turn
where its label opened turns before it and the words run long; a short "Label : text : 2014 : 1467 €" line, a table
row, is not. One behaviour per test, on snippets written for it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.records import Cue


def _cue_at(t, fragment):
    at = t.text.index(fragment)
    return next(s.cue for s in t.sentences if s.start <= at < s.end)

TALK = """Transcripción de entrevista

Ana Gil, Entrevistadora: Cuéntanos cómo registran hoy a las visitas del edificio.
Luis Mora, Administrador: Pues ahorita las registramos con la huella digital en la entrada.
AG: ¿Y quién lleva ese registro cada mañana?
LM: Lo lleva el vigilante de la entrada principal del edificio.
AG: ¿Y cómo te llegan los avisos?
LM: Por correo.
AG: ¿Y desde dónde?
LM: {words}
AG: ¿Y eso te gusta?
LM: Sí, me gusta mucho, es muy rápido y muy sencillo para todos.
"""


def test_long_turn_with_a_figure_after_a_colon_is_a_turn():
    words = ("Fue muy cómodo, porque me llegaron las notificaciones del correo y la plataforma es esta: 255, y nos "
             "piden que todo lo que necesitemos de reportes lo hagamos desde aquí.")
    t = ingest_text(TALK.format(words=words), "e.txt")
    assert speaker_at(t, "Fue muy cómodo") == "Luis Mora" and _cue_at(t, "Fue muy cómodo") == Cue.LABEL


def test_table_row_is_no_turn():
    # near miss: a short row of figures, once, under a heading, is a table row, not a turn
    t = ingest_text("Budget 2014\n\nIlluminations : Location des guirlandes : 2014 : 1467 €\n", "b.txt")
    assert speaker_at(t, "Location des guirlandes") is None
