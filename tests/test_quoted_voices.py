"""Interviews written up as a feature article: the writers narrate, and the people interviewed speak only in quotations
woven into the narration ('Ana Ruiz explica que “…”', '“…”, así explica Ana el reto', 'Tom Hale adds: “…”'). Every
sentence that names its speaker with a verb of saying quotes him, so the prose between the quotations is the writers'.
Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(doc: str, fragment: str, name: str = "doc.txt") -> str | None:
    t = ingest_text(doc, name)
    return speaker_at(t, fragment)


ES = """Conociendo a los equipos de datos: la oficina de estadística

Esta es la segunda entrega de nuestra serie de entrevistas. Hoy visitamos una oficina pública de estadística.

Hace tres años, Ana Ruiz Salas fue nombrada directora de la oficina. Como parte de su trabajo, Ana dirige un equipo de doce personas.

“Cuando llegamos, había muchos datos y muy pocos procesos compartidos”, así explica Ana el reto que encontró al sumarse a la oficina.

Desde un comienzo, el proceso incluyó varios pasos. Primero eligieron el software libre como camino.

Tomás Beltrán coordina los procesos de la oficina y explica que la capacitación fue lo primero: “Empezamos con un taller semanal. Hoy casi todo el equipo sabe programar.”

Los públicos que reciben el trabajo de la oficina son múltiples. Esos públicos incluyen universidades, ministerios y periodistas.

Ana Ruiz Salas explica que el portal es la cara visible del trabajo: “Queremos que cualquiera pueda entrar a la información sin pedir permiso.”

El portal se actualiza cada mes con nuevas series.

Tomás Beltrán agrega que la documentación está en castellano: “No queremos que el idioma sea una barrera para nadie.”

Si quieres saber más, puedes ver el vídeo de la entrevista en nuestro canal.
"""


EN = """Meet the maintainers: the city data team

This is the third post of our interview series. We visited the data team of a city council.

Two years ago, Laura Kemp was hired to lead the team. Today Laura runs a group of nine analysts.

Laura Kemp explains the starting point: “We found plenty of data and almost no shared process.”

The team then moved its scripts to a public repository. Every change is reviewed by two people.

Tom Hale says that training came first: “We ran a workshop every Thursday. Now everyone can open a notebook.”

The audiences of the portal are many. They include schools, journalists and other councils.

Laura Kemp adds that the portal is the visible face of the work: “Anyone should be able to reach the numbers.”

Tom Hale recalls the first release: “It broke on the first day, and we learned more from that than from anything else.”

You can watch the video of the interview on our channel.
"""


# the near miss: conference notes that report a talk without quotation marks; the talk's points go on after its opener
NOTES = """Notas de las jornadas de datos abiertos

Ana Ruiz Salas explica que la oficina publica todos sus datos en un portal propio. El portal se actualiza cada mes.

Tomás Beltrán explica que la capacitación fue lo primero para el equipo. El taller se hace todos los jueves.

Ana Ruiz Salas comenta que el idioma de la documentación es el castellano. Las series se publican también en inglés.

Tomás Beltrán señala que el código se revisa siempre entre dos personas. Cada cambio queda registrado.
"""


def test_a_paragraph_of_narration_after_a_quotation_is_nobodys():
    assert _speaker(ES, "Desde un comienzo, el proceso incluyó varios pasos.") is None


def test_the_writers_narration_between_two_speakers_is_nobodys():
    assert _speaker(ES, "Esos públicos incluyen universidades") is None


def test_the_writers_closing_line_is_nobodys():
    assert _speaker(ES, "Si quieres saber más") is None


def test_the_later_sentences_of_a_quotation_stay_the_speakers():
    assert _speaker(ES, "Hoy casi todo el equipo sabe programar.") == "Tomás Beltrán"


def test_a_quotation_then_asi_explica_and_the_name_before_its_object_is_hers():
    assert _speaker(ES, "Cuando llegamos, había muchos datos") in ("Ana Ruiz Salas", "Ana")


def test_narration_between_quotations_is_nobodys_in_english():
    assert _speaker(EN, "The audiences of the portal are many.") is None


def test_the_quoting_sentence_stays_the_speakers_in_english():
    assert _speaker(EN, "Now everyone can open a notebook.") == "Tom Hale"


def test_reported_points_without_quotation_marks_go_on_with_their_speaker():
    assert _speaker(NOTES, "Cada cambio queda registrado.") == "Tomás Beltrán"


def test_a_quoted_phrase_inside_the_writers_sentence_then_asi_explica_names_nobody():
    doc = ES.replace("“Cuando llegamos, había muchos datos y muy pocos procesos compartidos”, así explica",
                     "El informe anual habla de “muchos datos y pocos procesos”, así explica")
    assert _speaker(doc, "El informe anual habla de") is None



def test_the_verbs_object_may_follow_the_name_after_a_quotation():
    from quidit.ingest.lexicon import OBJECT_AFTER_SOURCE
    assert OBJECT_AFTER_SOURCE.match(" el desafío que representaba")


def test_a_possessive_or_a_second_name_after_the_name_is_no_object():
    from quidit.ingest.lexicon import OBJECT_AFTER_SOURCE
    assert not OBJECT_AFTER_SOURCE.match("'s assistant.") and not OBJECT_AFTER_SOURCE.match(" y María.")


def test_a_sentence_opening_with_a_name_then_a_colon_and_a_quotation_is_that_persons():
    doc = ES.replace("El portal se actualiza cada mes con nuevas series.",
                     "Tomás Beltrán refuerza la idea con su experiencia personal: “Yo aprendí a programar en la oficina.”")
    assert _speaker(doc, "Tomás Beltrán refuerza la idea") == "Tomás Beltrán"


def test_the_quotation_that_sentence_opens_runs_on_with_that_person():
    doc = ES.replace("El portal se actualiza cada mes con nuevas series.",
                     "Tomás Beltrán refuerza la idea con su experiencia personal: “Yo aprendí a programar en la oficina. "
                     "Nadie me lo enseñó antes.”")
    assert _speaker(doc, "Nadie me lo enseñó antes.") == "Tomás Beltrán"


def test_a_colon_and_a_quotation_after_an_english_name_and_any_verb():
    doc = EN.replace("The team then moved its scripts to a public repository.",
                     "Tom Hale sums it up with a smile: “We broke everything once, and then we fixed it.”")
    assert _speaker(doc, "Tom Hale sums it up") == "Tom Hale"


def test_another_person_named_before_the_colon_makes_it_nobodys():
    doc = ES.replace("El portal se actualiza cada mes con nuevas series.",
                     "Tomás Beltrán guarda en su mesa una frase de Ana Ruiz Salas: “Los datos son de todos.”")
    assert _speaker(doc, "Tomás Beltrán guarda en su mesa") != "Tomás Beltrán"
