"""Blog interviews whose introduction names who asks and who answers ("X interviews Y, Technical Lead of…",
"X s'entretient avec Y", "X entrevista a Y", "we spoke with Y"), with the questions (numbered, wrapped over several
lines) and the unlabelled answers after it; a heading after the last answer opens the writer's closing. Each rule on
a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.interview import _question

EN = """Spotlight on the Docs Team

The Docs Team keeps the project's manuals up to date. Its work is rarely seen, and this post looks behind it.

In this post, Priya Raman interviews Tomasz Wolski (Acme), lead of the Docs Team, about how the
manuals are written and reviewed.

1. How does a change to the manuals start, from the first idea to the
published page? Who decides what is written?

Most changes start with an issue. We discuss it in the weekly meeting and someone picks it up.

2. What is the hardest part of the
work for you?

Finding reviewers. I often wait a week for one.

3. How can a newcomer help the team?

Read the open issues and pick a small one. We answer every question on the chat.

Final thoughts

Thanks to everyone who helps the Docs Team. The next post looks at the translation team.
"""

FR = """Rencontre avec l'équipe de traduction

L'équipe de traduction adapte chaque version du logiciel en français.

Pour ce numéro, Claire Fontaine s'entretient avec Julien Marchal, coordinateur de l'équipe.

Comment es-tu arrivé dans l'équipe ?

Par hasard. Je corrigeais des fautes et on m'a proposé de rejoindre le groupe.

Combien de temps y consacres-tu ?

Quelques heures par semaine. Nous nous réunissons le mardi soir.

Que conseilles-tu aux nouveaux ?

De commencer par relire les traductions des autres. Nous avons une liste de tâches faciles.
"""

ES = """Cinco preguntas sobre la comunidad

La comunidad local organiza un encuentro cada mes desde hace tres años.

Lucía Herrera entrevista a Mateo Quiroga, uno de los organizadores.

¿Cómo empezó el encuentro?

Empezó en un bar con cinco personas. Queremos que siga siendo así de sencillo.

¿Qué ha cambiado desde entonces?

Ahora somos cuarenta. Buscamos salas más grandes cada año.

¿Qué le dirías a alguien que quiere venir?

Que venga sin miedo. Creo que nadie se arrepiente.
"""

NO_INTRO = EN.replace("In this post, Priya Raman interviews Tomasz Wolski (Acme), lead of the Docs Team, about how the\n"
                      "manuals are written and reviewed.",
                      "In this post, the Docs Team tells how the manuals are written and reviewed.")


def test_the_answers_go_to_the_person_the_introduction_says_is_interviewed():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "Finding reviewers.") == "Tomasz Wolski"


def test_a_numbered_question_wrapped_over_lines_is_a_question():
    assert _question("1. How does a change to the manuals start, from the first idea to the\npublished page? Who decides?")


def test_near_miss_a_wrapped_paragraph_ending_with_a_question_mark_is_no_question_without_its_number():
    assert not _question("How does a change to the manuals start, from the first idea to the\npublished page? Who decides?")


def test_a_numbered_question_is_the_interviewers():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "How does a change to the manuals start") == "Priya Raman"


def test_the_introduction_naming_them_is_nobodys():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "In this post, Priya Raman interviews") is None


def test_the_writers_paragraphs_before_the_introduction_are_nobodys():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "Its work is rarely seen") is None


def test_a_heading_after_the_last_answer_opens_the_writers_closing():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "Thanks to everyone who helps") is None


def test_the_last_answer_before_the_closing_heading_is_still_the_interviewees():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "Read the open issues") == "Tomasz Wolski"


def test_french_introduction_s_entretient_avec():
    t = ingest_text(FR, "fr.txt")
    assert speaker_at(t, "Quelques heures par semaine.") == "Julien Marchal"
    assert speaker_at(t, "Combien de temps y consacres-tu") == "Claire Fontaine"


def test_spanish_introduction_entrevista_a():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Ahora somos cuarenta.") == "Mateo Quiroga"
    assert speaker_at(t, "¿Qué ha cambiado desde entonces?") == "Lucía Herrera"


def test_first_person_introduction_names_only_the_interviewee():
    t = ingest_text(EN.replace("Priya Raman interviews", "we spoke with"), "en.txt")
    assert speaker_at(t, "Finding reviewers.") == "Tomasz Wolski"
    assert speaker_at(t, "What is the hardest part") is None


def test_near_miss_without_an_introduction_naming_them_nobody_answers():
    t = ingest_text(NO_INTRO, "en.txt")
    assert speaker_at(t, "Finding reviewers.") is None
