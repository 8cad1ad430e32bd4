"""A transcript whose turns open with a line of their own "00:01:30 Name" (a timestamp, then the speaker, nothing
else) or "Name  00:01:30" (the other order of a recording app's export): the words on the next lines are that
person's. Each behaviour on a small text written for the test, with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


DEBATE = """00:00:10 Narrador
Bienvenidos al encuentro de esta noche entre las dos candidatas a la alcaldía de la ciudad.

00:00:40 Marta Quiroga
Buenas noches a todos los vecinos que nos acompañan desde sus casas esta noche. Vamos a empezar con la primera pregunta sobre el transporte.

00:01:20 Elena Sotomayor
Gracias por la invitación a este debate tan importante para nuestra ciudad. Vamos a construir dos líneas nuevas de tranvía.

00:02:05 Marta Quiroga
Gracias candidata por su respuesta sobre el transporte público de la ciudad.

00:02:30 Irene Vallejo
Mi propuesta es distinta porque el autobús eléctrico cuesta mucho menos que el tranvía.
"""


def test_timestamp_then_name_line_gives_the_next_lines_to_that_person():
    t = ingest_text(DEBATE, "debate.txt")
    assert _speaker(t, "Vamos a construir dos líneas") == "Elena Sotomayor"
    assert _speaker(t, "Mi propuesta es distinta") == "Irene Vallejo"


def test_timestamp_then_role_line_is_the_role_speaking():
    t = ingest_text(DEBATE, "debate.txt")
    assert _speaker(t, "Bienvenidos al encuentro") == "Narrador"


PODCAST = """Jane Roe  0:03
Welcome back to the show, today we are talking about the new release of the compiler.

John Smith  0:15
Thanks for having me, it took us two years to get the new release of the compiler out.

Jane Roe  0:42
So what was the hardest part of the work on the new release?

John Smith  0:50
The hardest part was the testing on old machines that nobody uses anymore.
"""


def test_name_then_timestamp_line_is_the_same_turn():
    t = ingest_text(PODCAST, "podcast.txt")
    assert _speaker(t, "The hardest part was the testing") == "John Smith"
    assert _speaker(t, "So what was the hardest part") == "Jane Roe"


NOTES = """Notes from the community day

10:30 Coffee break
We met the new members of the group and talked about the next release of the compiler.

11:00 Hello, welcome to the afternoon.
The afternoon sessions were about the testing of the compiler on old machines.
"""


def test_timestamped_schedule_line_of_lower_case_words_names_nobody():
    t = ingest_text(NOTES, "notes.txt")
    assert _speaker(t, "We met the new members") is None


def test_timestamp_then_a_sentence_is_no_turn_line():
    t = ingest_text(NOTES, "notes.txt")
    assert _speaker(t, "The afternoon sessions were about") is None
