"""Written interviews headed by a headline that quotes the interviewee ("Ana Gil (Radio Sur): 'Nos gusta…'"), with an
introduction in the third person before the first question and photo captions between answers. Each rule on a small
text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


ES = """Lucía Ferrer (Radio Sur): 'Queremos que la gente vuelva a escuchar historias'

Lucía Ferrer es directora de contenidos de Radio Sur. Dirige también un taller de guion en Valencia.

¿Cómo nació el proyecto?

Nació de una necesidad. Buscamos durante años un formato que no existía en la radio local.

¿Qué les ha sorprendido más?

La respuesta del público joven. Nadie lo esperaba.

Durante la grabación del primer episodio.

¿Hacia dónde van ahora?

Vamos a seguir con la ficción. Creo que es lo que más nos piden.

Creo que sí.

¿Algo más?

Volveremos en otoño con una segunda temporada que ya estamos escribiendo.
"""


def test_the_answers_go_to_the_person_the_headline_quotes():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Nació de una necesidad.") == "Lucía Ferrer"


def test_the_headline_quoting_her_is_hers():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Lucía Ferrer (Radio Sur)") == "Lucía Ferrer"


def test_the_introduction_before_the_first_question_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Dirige también un taller") is None


def test_a_short_caption_closing_an_answer_is_nobodys():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Durante la grabación del primer episodio.") is None


def test_a_short_first_person_line_closing_an_answer_stays_hers():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Creo que sí.") == "Lucía Ferrer"


def test_the_questions_are_nobodys():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "¿Cómo nació el proyecto?") is None


def test_spanish_answers_with_first_person_verbs_and_no_pronoun_count_as_answers():
    text = ES.replace("Buscamos durante años", "Se buscó durante años").replace("Creo que es lo", "Es lo")
    t = ingest_text(text, "es.txt")
    assert _speaker(t, "La respuesta del público joven.") == "Lucía Ferrer"


def test_a_headline_label_without_a_quote_is_not_an_interviews_headline():
    t = ingest_text(ES.replace("(Radio Sur): 'Queremos que la gente vuelva a escuchar historias'", "(Radio Sur): entrevista"),
                    "es.txt")
    assert _speaker(t, "Dirige también un taller") == "Lucía Ferrer"


EN = """Dana Whitfield (Acme): "We ship small and often"

Dana Whitfield leads the release team at Acme. She has worked there for ten years.

How often do you release?

Every two weeks. We never skip a cycle.

What breaks most often?

The installer. I rewrote half of it last year.

Where next?

We are moving the build to a new system this summer.
"""


def test_english_the_answers_go_to_the_person_the_headline_quotes():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "Every two weeks.") == "Dana Whitfield"


def test_english_the_introduction_is_nobodys():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "She has worked there for ten years.") is None
