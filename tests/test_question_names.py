"""Which participants a question names (`named_in_question`): the speaker lift and the answer's speaker
restriction read it, so a person the question is about must not be taken for a participant of a similar name."""
import pytest

from quidit.ingest.names import named_in_question
from quidit.ingest.records import Participant

PEOPLE = [Participant("Marcelo Ebrard", gender="m"), Participant("Jaime Salinas", gender="m"),
          Participant("Jean Dupont", gender="m"), Participant("María Lorena Ponce Hernández", gender="f"),
          Participant("Martin Keller", gender="m")]


def names(question):
    return [p.name for p in named_in_question(question, PEOPLE)]


@pytest.mark.parametrize("question, expected", [
    ("Qu'a dit Salinas sur la gastronomie ?", ["Jaime Salinas"]),
    ("What did Jaime Salinas say about food?", ["Jaime Salinas"]),
    ("Comment Salinas décrit-il le boom gastronomique ?", ["Jaime Salinas"]),
    ("¿Qué dijo Marcelo Ebrard sobre Biden?", ["Marcelo Ebrard"]),
    ("¿Qué dijo Ebrard sobre Biden?", ["Marcelo Ebrard"]),
    ("What did Martin say about the budget?", ["Martin Keller"]),
    ("Qu'a dit Madame Ponce sur Quito ?", ["María Lorena Ponce Hernández"]),
    ("Qu'a dit Salina sur la gastronomie ?", []),  # a shorter name is another name, not a typo
], ids=["surname", "full-name", "surname-after-question-word", "full-name-es", "surname-es", "first-name-alone",
        "honorific", "shorter-name"])
def test_a_real_mention_names_the_participant(question, expected):
    assert names(question) == expected


@pytest.mark.parametrize("question", [
    "Où sont conservés les livres de Marcel Mauss ?",
    "Marcel Mauss a-t-il écrit sur le don ?",
    "Qu'a proposé Jean Martin pour la voirie ?",
], ids=["prefix-of-another-first-name", "prefix-at-question-start", "same-first-name-other-surname"])
def test_a_person_the_question_is_about_is_not_a_participant(question):
    assert names(question) == []
