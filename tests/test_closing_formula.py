"""The writer's closing that says so after the last labelled answer ("Y hasta aquí la primera parte de la
entrevista.", "C'est tout pour cet entretien.", "That's all for this interview.") is nobody's, with the paragraphs
after it, even where the answers run over several paragraphs. Each rule on a small text written for the test (the
real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

ES = """He entrevistado por correo a dos monitores de la región.

1. ¿Recordáis a vuestros primeros profesores?

Ana Gil: Recuerdo a mi padre, que me enseñó a mover las piezas.

Su método era sencillo: muchas partidas.

Bruno Díaz: Mi primer profesor fue un monitor del colegio.

2. ¿Qué métodos usaban?

Ana Gil: Muchos ejercicios de táctica.

Bruno Díaz: Análisis de partidas, sobre todo.

Y hasta aquí la primera parte de la entrevista. Creo que sus reflexiones son muy interesantes.

Esta tarde, el resto de las preguntas.
"""

FR = """Entretien par courriel avec deux monitrices.

Claire Roux : Mon père m'a appris à jouer.

Des années plus tard, j'ai rejoint le club.

Lucie Faure : Une enseignante de l'école.

Claire Roux : Beaucoup de tactique.

Lucie Faure : Des parties commentées.

C'est tout pour cette première partie de l'entretien. Merci à toutes les deux.
"""

EN = """An interview by e-mail with two coaches.

Jane Roe: My father taught me the moves.

Later on I joined the club.

Bob Lane: A teacher at school.

Jane Roe: Lots of tactics.

Bob Lane: Annotated games, mostly.

This concludes part one of the interview. Thanks to both of them.
"""

# the host who opens the exchange closes it in their own turn
HOST = """Presentadora: Bienvenida, Ana, al programa.

Ana Gil: Gracias por invitarme.

Presentadora: ¿Cómo empezaste a jugar?

Ana Gil: Mi padre me enseñó a mover las piezas.

Presentadora: Gracias, Ana.

Y hasta aquí la entrevista de hoy, nos vemos la semana que viene.
"""

# closing words inside the exchange, with a labelled turn after them: the answer goes on
LABEL_AFTER = ES.replace("Esta tarde, el resto de las preguntas.\n", "Ana Gil: De acuerdo.\n")


def test_spanish_closing_is_nobodys():
    t = ingest_text(ES, "entrevista.txt")
    assert speaker_at(t, "Y hasta aquí la primera parte") is None
    assert speaker_at(t, "Creo que sus reflexiones") is None
    assert speaker_at(t, "el resto de las preguntas") is None


def test_last_answer_keeps_its_words():
    t = ingest_text(ES, "entrevista.txt")
    assert speaker_at(t, "Análisis de partidas") == "Bruno Díaz"


def test_french_closing_is_nobodys():
    t = ingest_text(FR, "entretien.txt")
    assert speaker_at(t, "Merci à toutes les deux") is None


def test_english_closing_is_nobodys():
    t = ingest_text(EN, "interview.txt")
    assert speaker_at(t, "Thanks to both of them") is None


def test_host_closing_their_own_turn_stays():
    t = ingest_text(HOST, "entrevista.txt")
    assert speaker_at(t, "nos vemos la semana") == "Presentadora"


def test_closing_words_before_a_label_stay():
    t = ingest_text(LABEL_AFTER, "entrevista.txt")
    assert speaker_at(t, "Y hasta aquí la primera parte") == "Bruno Díaz"
