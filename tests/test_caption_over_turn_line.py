"""A web page's conversation writes each turn as one paragraph on one line, a blank line after it; a photo caption
or a pull-quote sits right over a turn's line ("En la foto, Ana y su hija en el taller" / "LM: Yo creo que…"). No
line break is a hard wrap in such a text, so the turn's line opens the turn instead of running on after the caption;
in a hard-wrapped text a wrapped line that happens to open on a label still goes on."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.account_labels import line_turn_labels

_TURNS = [
    "LM: ¿Cómo empezó el proyecto del taller en el barrio?",
    "RP: Empezó con un grupo de vecinas que querían aprender a coser juntas.",
    "LM: ¿Y cuánto tiempo les llevó conseguir el local?",
    "RP: Casi dos años, porque nadie nos quería alquilar nada.",
    "LM: ¿Quién las ayudó en ese momento tan difícil?",
    "RP: La parroquia nos prestó un salón durante todo un invierno.",
    "LM: ¿Qué aprendieron en esos primeros meses de trabajo?",
    "RP: Que sin organización no hay taller que dure más de un mes.",
    "LM: ¿Cómo se organizan hoy las tareas del grupo?",
    "RP: Cada semana una compañera coordina y las demás producen.",
    "LM: ¿Venden lo que hacen o lo regalan a las familias?",
    "RP: Vendemos en la feria del sábado y una parte se dona.",
    "LM: ¿Cuántas personas trabajan hoy en el taller?",
    "RP: Somos dieciocho, y hay otras cinco esperando lugar.",
    "LM: ¿Tienen apoyo del municipio para crecer?",
    "RP: Poco, aunque este año nos dieron dos máquinas nuevas.",
    "LM: ¿Qué le dirías a un grupo que quiere empezar?",
    "RP: Que empiecen chico y que se junten todas las semanas.",
    "LM: ¿Cuál es el próximo paso para el taller?",
    "RP: Abrir un curso para chicas jóvenes del barrio.",
]
PAGE = "\n\n".join(["Conversación con el taller de costura", *_TURNS[:6]]) \
    + "\n\nEn la foto, las vecinas del taller en su primer local\nLM: Yo creo que esa foto lo dice todo sobre el grupo.\n\n" \
    + "\n\n".join(_TURNS[6:]) + "\n"


def test_a_turn_line_under_a_caption_opens_the_turn():
    t = ingest_text(PAGE, "conversacion.txt")
    assert speaker_at(t, "esa foto lo dice todo") == "LM"


def test_the_caption_is_nobody_s():
    t = ingest_text(PAGE, "conversacion.txt")
    assert speaker_at(t, "las vecinas del taller en su primer local") is None


WRAPPED = [
    "Notes of the weekly call",
    "",
    "ada1815: we went through the open issues and what we said about the",
    "ada1815: notes from last week, which nobody had read before the call",
    "",
    "bob77: the release is late because the build broke again on Monday and",
    "nobody noticed until the nightly run failed twice in a row that week",
    "",
    "ada1815: we will fix the build first and then look at the release",
    "",
    "bob77: agreed, I will write to the list about the new date today",
    "",
    "carol: I can help with the build on Tuesday if someone shows me how",
    "it works, since I have never touched that part of the code at all",
]


def test_a_hard_wrapped_text_keeps_its_rule():
    assert line_turn_labels(WRAPPED) == set()
