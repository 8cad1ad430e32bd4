"""Written interviews with no speaker label: a title that names the interview, the questions on lines of their own
ending in "?", the answers as prose under them. Each rule on a small text written for the test (the real documents
are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


EN = """An Interview With Acme's Dana Whitfield

What project do you maintain and why did you release it as open source?

I maintain a small parser library for config files. I released it because my team needed it too.

How do you spend your time on the project? (i.e. coding, reviewing, triaging)

Mostly reviewing pull requests. I code on weekends when I can.

What is the most important thing someone filing an issue should know?

Steps to reproduce are the most valuable thing you can give. A failing test is even better for me.
"""


def test_answers_go_to_the_person_the_title_names():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "Mostly reviewing pull requests") == "Dana Whitfield"


def test_a_possessive_before_the_name_is_not_part_of_it():
    t = ingest_text(EN, "en.txt")
    assert [s.name for s in speakers_of(t)] == ["Dana Whitfield"]


def test_questions_are_nobodys_when_the_text_does_not_name_the_asker():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "What project do you maintain") is None


def test_a_question_with_an_aside_in_brackets_is_still_a_question():
    t = ingest_text(EN, "en.txt")
    assert _speaker(t, "How do you spend your time") is None


FR = """Interview avec Lucie Marchand

questionnaire

Rencontre avec Thibault (Vernier) autour de la documentation du projet

Le but de l'échange est de comprendre comment tu en es venu à documenter le projet.

Je te mets les questions en vrac, tu peux en ajouter.

Bonjour Thibault. Comment te présenter ?

Je suis bénévole et je coordonne l'équipe de documentation depuis trois ans.

Quels sont les aspects agréables de cet exercice ?

Nous apprenons beaucoup les uns des autres, et j'aime relire les pages des nouveaux venus.

Comment vois-tu l'avenir de la documentation ?

Mon souhait est que chaque nouvelle version arrive avec ses pages déjà à jour.
"""


def test_a_greeted_name_in_a_question_is_the_interviewee():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Je suis bénévole") == "Thibault Vernier"


def test_then_the_other_name_of_the_title_asks_the_questions():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Quels sont les aspects agréables") == "Lucie Marchand"


def test_the_message_before_the_first_question_is_the_askers():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Je te mets les questions en vrac") == "Lucie Marchand"


def test_a_heading_before_the_first_question_is_nobodys():
    t = ingest_text(FR, "fr.txt")
    assert _speaker(t, "Rencontre avec Thibault") is None


ES = """Entrevista con Ana Gil

¿Cómo empezó su trabajo en la universidad?

Empecé como docente en 2005 y luego me nombraron coordinadora del área.

¿Qué retos tiene la institución?

Creo que nuestro mayor reto es la investigación aplicada.

¿Qué le diría a los nuevos estudiantes?

Les diría que yo también empecé sin saber nada, y que pregunten siempre.
"""


def test_spanish_interview_title_and_questions():
    t = ingest_text(ES, "es.txt")
    assert _speaker(t, "Creo que nuestro mayor reto") == "Ana Gil"


def test_near_miss_a_title_without_an_interview_word_changes_nothing():
    t = ingest_text(EN.replace("An Interview With Acme's Dana Whitfield", "Notes on Acme's parser"), "en.txt")
    assert not any(s.speaker for s in t.sentences)


def test_near_miss_two_questions_are_not_enough():
    two = EN.split("What is the most important thing")[0]
    t = ingest_text(two, "en.txt")
    assert not any(s.speaker for s in t.sentences)


def test_near_miss_answers_without_a_first_person_are_not_an_interview():
    faq = """Interview with Dana Whitfield

What is the parser for?

The parser reads config files into typed records.

Which formats does it read?

It reads INI, TOML and a subset of YAML.

Where are the releases?

Releases are tagged on the project page every month.
"""
    t = ingest_text(faq, "faq.txt")
    assert not any(s.speaker for s in t.sentences)


def test_near_miss_speaker_labels_keep_their_speakers():
    labelled = """Interview with Dana Whitfield

Moderator: What project do you maintain and why did you release it?

Sam Ortiz: I maintain a small parser library for config files.

Moderator: How do you spend your time on the project?

Sam Ortiz: Mostly reviewing pull requests, I code on weekends.

Moderator: What is the most important thing someone filing an issue should know?

Sam Ortiz: Steps to reproduce are the most valuable thing you can give me.
"""
    t = ingest_text(labelled, "lab.txt")
    assert _speaker(t, "Mostly reviewing pull requests") == "Sam Ortiz"
