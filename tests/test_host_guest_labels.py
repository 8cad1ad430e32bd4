"""Labels of hosts and guests that the name rules used to refuse: Mexico's stenographic "El moderador X:" / "La
ciudadana X:", a podcast host's first name that is also a particle ("Ben:"), and a timed segment title naming whose
segment it is ("[00:00:58] Carol's Big Giant Triumph"), which is no speaker."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

FORO = """Versión estenográfica del Foro 25, celebrado el jueves 24 de febrero de 2022

El moderador Javier Solórzano Zinser: Hoy el tema que tenemos son las decisiones del Poder Judicial en materia energética.
Vamos a empezar con la primera intervención.

La ciudadana Nancy Jocelyn Jiménez Camacho: Muchas gracias a ustedes. Quiero agradecer la confianza que se ha
depositado en mí al permitirme estar hoy aquí.

El ciudadano Daniel Amézquita Díaz: Gracias. Yo veo la reforma de otra manera y lo voy a explicar con un ejemplo.

El moderador Javier Solórzano Zinser: Muchas gracias, Daniel. Pasamos a la segunda ronda de intervenciones.
"""

PODCAST = """Working Code, episode 84

[00:00:39] Intro

[00:00:40] Carol: All right, here we go. It's show number 84 and we have a guest with us today.

[00:00:58] Carol's Big Giant Triumph

[00:00:58] Carol: I've been out for three weeks and it was the best time off I have had in years.

[00:01:07] Ben: Congratulations, that sounds like exactly what you needed after this spring.

[00:01:20] Tim: Same here, congratulations.

[00:01:38] Ben: And my triumph is that I finally shipped the single page application rewrite.
"""


def test_moderator_label_is_the_named_host():
    assert speaker_at(ingest_text(FORO, "foro.txt"), "Hoy el tema que tenemos") == "Javier Solórzano Zinser"


def test_citizen_label_is_the_named_guest():
    assert speaker_at(ingest_text(FORO, "foro.txt"), "Quiero agradecer la confianza") == "Nancy Jocelyn Jiménez Camacho"


def test_possessive_segment_title_is_no_label():
    assert parse_label("Carol's Big Giant Triumph") is None


def test_turn_under_a_segment_title_is_the_labelled_host():
    assert speaker_at(ingest_text(PODCAST, "ep.txt"), "I've been out for three weeks") == "Carol"


def test_particle_first_name_labelling_several_turns_is_a_host():
    assert speaker_at(ingest_text(PODCAST, "ep.txt"), "I finally shipped the single page") == "Ben"


def test_lower_case_particle_is_still_no_label():
    assert parse_label("de") is None
