"""An event report (crónica, compte rendu, meetup recap) with no labels introduces each speaker once by a turn phrase
("ha sido el turno de X", "c'est au tour de X", "Next up was X"): the phrase only announces, X holds the sentences
after it up to the next turn phrase or heading; a relative clause of saying after the name makes the sentence X's.
Each rule on a small text written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

CRONICA = """Jornada sobre software libre en la universidad

El pasado jueves se celebró en Sevilla una jornada sobre software libre organizada por la asociación local.

En primer lugar, ha hablado Lucía Fernández Prieto. Ella nos ha contado cómo empezó a programar en el instituto con sus compañeras. También nos ha explicado por qué el código abierto ayuda a aprender mejor.

A continuación, ha sido el turno de Andrés de los Santos. Andrés nos ha hablado de la comunidad que hemos creado en la facultad durante estos años. Cada mes se organizan talleres abiertos para cualquier estudiante interesado.

Seguidamente, ha intervenido Carmen Ruiz Osorio, quien ha destacado la importancia de documentar bien cada proyecto publicado. Finalmente, ha añadido que las empresas valoran mucho esa experiencia práctica.

Debate final

Tras las charlas, hemos pasado a un café en el que hemos podido conversar con todas las personas asistentes.
"""

COMPTE_RENDU = """Retour sur la journée du logiciel libre à Nantes

La salle était pleine dès le matin et le café était excellent.

Après la pause, c'est au tour de Sophie Dubois de monter sur scène. Les tests automatisés coûtent moins cher que les bugs trouvés en production. Il faut les écrire dès le premier jour du projet.

Puis est intervenu Marc Lefèvre. Le logiciel libre demande une gouvernance claire pour durer longtemps.
"""

RECAP = """Our recap of the Lyon developer meetup

About forty people came to the meetup on Thursday evening, despite the rain.

Next up was Sarah Connolly. Feature flags let a team ship code before the feature is ready for users. Old flags must be removed quickly or the code becomes hard to read.

Wrap-up

We stayed for pizza and chatted with the organisers until late in the evening.
"""


@pytest.fixture(scope="module")
def cronica():
    return ingest_text(CRONICA, "cronica.txt")


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "report.txt"), fragment)


def test_the_turn_phrase_only_announces(cronica):
    assert speaker_at(cronica, "En primer lugar, ha hablado") is None


def test_the_announced_speaker_holds_the_next_sentences(cronica):
    assert speaker_at(cronica, "Ella nos ha contado") == "Lucía Fernández Prieto"
    assert speaker_at(cronica, "También nos ha explicado") == "Lucía Fernández Prieto"


def test_a_sentence_without_any_cue_stays_in_the_turn(cronica):
    assert speaker_at(cronica, "Cada mes se organizan talleres") == "Andrés de los Santos"


def test_a_surname_with_de_los_is_one_name(cronica):
    assert speaker_at(cronica, "Andrés nos ha hablado") == "Andrés de los Santos"


def test_a_relative_clause_of_saying_makes_the_turn_sentence_the_speakers(cronica):
    assert speaker_at(cronica, "Seguidamente, ha intervenido") == "Carmen Ruiz Osorio"


def test_the_next_turn_phrase_hands_over(cronica):
    assert speaker_at(cronica, "Finalmente, ha añadido") == "Carmen Ruiz Osorio"


def test_a_heading_ends_the_turn(cronica):
    assert speaker_at(cronica, "Tras las charlas") is None


def test_french_au_tour_de():
    assert _speaker(COMPTE_RENDU, "c'est au tour de") is None
    assert _speaker(COMPTE_RENDU, "Les tests automatisés") == "Sophie Dubois"


def test_french_inverted_est_intervenu():
    assert _speaker(COMPTE_RENDU, "Le logiciel libre demande") == "Marc Lefèvre"


def test_english_next_up_was():
    assert _speaker(RECAP, "Next up was") is None
    assert _speaker(RECAP, "Old flags must be removed") == "Sarah Connolly"


def test_english_heading_ends_the_turn():
    assert _speaker(RECAP, "We stayed for pizza") is None


def test_near_miss_a_relative_clause_without_saying_only_announces():
    doc = CRONICA.replace("Carmen Ruiz Osorio, quien ha destacado", "Carmen Ruiz Osorio, que trabaja en Málaga. Ella ha destacado")
    assert _speaker(doc, "Seguidamente, ha intervenido") is None
    assert _speaker(doc, "Ella ha destacado") == "Carmen Ruiz Osorio"


def test_near_miss_a_turn_of_questions_names_nobody():
    doc = ("Crónica de la jornada\n\nLuego ha sido el turno de preguntas del público asistente. "
           "Muchas personas querían saber cómo empezar a contribuir en los proyectos.\n")
    assert _speaker(doc, "Muchas personas querían") is None


def test_near_miss_talking_with_someone_is_no_turn():
    doc = ("Crónica de la jornada\n\nEn primer lugar, hemos hablado con Lucía Fernández Prieto durante la pausa. "
           "El café de la mañana estaba muy bueno y la sala era muy cómoda.\n")
    assert _speaker(doc, "El café de la mañana") is None
