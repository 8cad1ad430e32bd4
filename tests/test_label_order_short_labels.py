"""A written-up interview opens with two turns labelled by full name and role, then goes on with short labels that
are not always the initials ("EN" for the interviewer, "FF" for Fabiola Pineda): the short label that first speaks
right after the two is the one who spoke two turns before, so each short label is that person, not a new one. One
behaviour per test, on snippets written for it."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

TALK = """Transcripción de entrevista

Ana Gil, Entrevistadora: Cuéntanos cómo registran hoy a las visitas del edificio.
Luis Mora, Administrador: Pues ahorita las registramos con la huella digital en la entrada.
EN: ¿Y quién lleva ese registro cada mañana?
AD: Lo lleva el vigilante de la entrada principal del edificio.
EN: ¿Y cómo te llegan los avisos de las visitas?
AD: Por correo electrónico, siempre por correo, desde la plataforma.
EN: ¿Y si alguien llega sin cita?
AD: Le pedimos el nombre completo y el correo electrónico.
EN: ¿Y te gusta la plataforma que usan?
{last}: Sí, es muy rápida y muy sencilla para todos nosotros.
"""


def _people(text):
    return {st.name for st in speakers_of(ingest_text(text, "e.txt"))}


def test_short_labels_are_the_two_full_names_by_order():
    assert _people(TALK.format(last="AD")) == {"Ana Gil", "Luis Mora"}


def test_full_name_written_again_keeps_short_label_apart():
    # near miss: Luis Mora's full name comes back later, so he did not switch to "AD": the order settles nothing
    assert "AD" in _people(TALK.format(last="Luis Mora, Administrador"))
