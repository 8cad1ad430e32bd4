"""A role-labelled interview ("Entrevistadora:", "Interviewee:", "R:") names its people only in the header: a line
with the role's label and a name for its words ("Entrevistada: Marta Ríos"), or one pseudonym field ("Seudónimo:
Marta Ríos") for the one person interviewed. The role's turns are then that person's. Each rule on a small text
written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

TURNS_ES = """Entrevistadora: Gracias por recibirme. ¿Cómo es un día normal en la cooperativa?

Entrevistada: Empiezo a las seis con el reparto. Después vienen las cuentas y las llamadas a los socios.

Entrevistadora: ¿Qué ha cambiado desde la pandemia?

Entrevistada: Casi todo, la verdad. Ahora vendemos la mitad por internet y eso antes era impensable.
"""

HEADER_ES = "Entrevista 4\n\nFecha: 12 de mayo de 2024\nEntrevistadora: Lucía Paredes\nEntrevistada: Marta Ríos\n\n" + TURNS_ES

PSEUDONYM_ES = "Entrevista 4\n\nSeudónimo: Marta Ríos\n\n" + TURNS_ES

HEADER_EN = """Transcript of interview

Interviewer: Sam Patel
Interviewee: Grace Kim (pseudonym)

Interviewer: Thanks for joining. Can you describe a typical working day on the farm?

Interviewee: I start at five with the milking. After that it is feeding, cleaning and paperwork until noon.

Interviewer: How has the price of feed affected you?

Interviewee: It has been hard, really hard. We cut the herd by a third last winter.
"""

PSEUDONYM_FR = """Entretien 5

Pseudonyme : Léa

Enquêteur : Merci d'avoir accepté cet entretien. Pouvez-vous me parler de votre parcours ?

Enquêtée : J'ai commencé comme aide-soignante il y a vingt ans. Ensuite j'ai repris mes études.

Enquêteur : Qu'est-ce qui a changé depuis ?

Enquêtée : Beaucoup de choses, surtout la charge de travail. On manque de personnel partout.
"""


def test_the_header_names_the_interviewee_of_the_role_label():
    t = ingest_text(HEADER_ES, "es.txt")
    assert speaker_at(t, "Empiezo a las seis") == "Marta Ríos"


def test_the_header_names_the_interviewer_of_the_role_label():
    t = ingest_text(HEADER_ES, "es.txt")
    assert speaker_at(t, "Gracias por recibirme.") == "Lucía Paredes"


def test_the_header_line_is_nobodys():
    t = ingest_text(HEADER_ES, "es.txt")
    assert speaker_at(t, "Entrevistada: Marta Ríos") is None


def test_a_turn_whose_words_are_a_name_after_the_interview_began_names_nobody():
    text = TURNS_ES + "\nEntrevistadora: Marta Ríos\n\nEntrevistada: Sí, así me llamo, aunque todos me dicen Marta.\n"
    t = ingest_text(text, "es.txt")
    assert "Marta Ríos" not in {st.name for st in speakers_of(t)}


def test_an_english_header_name_with_a_bracketed_note_names_the_interviewee():
    t = ingest_text(HEADER_EN, "en.txt")
    assert speaker_at(t, "We cut the herd by a third") == "Grace Kim"


def test_a_pseudonym_field_names_the_one_interviewee_label():
    t = ingest_text(PSEUDONYM_ES, "es.txt")
    assert speaker_at(t, "Ahora vendemos la mitad") == "Marta Ríos"


def test_the_pseudonym_is_not_the_interviewers():
    t = ingest_text(PSEUDONYM_ES, "es.txt")
    assert speaker_at(t, "Gracias por recibirme.") == "Entrevistadora"


def test_a_french_one_word_pseudonym_names_the_enquetee():
    t = ingest_text(PSEUDONYM_FR, "fr.txt")
    assert speaker_at(t, "On manque de personnel partout.") == "Léa"


def test_a_pseudonym_with_two_people_interviewed_names_neither():
    text = PSEUDONYM_ES.replace("Entrevistada: Casi todo", "Entrevistado: Casi todo")
    t = ingest_text(text, "es.txt")
    assert "Marta Ríos" not in {st.name for st in speakers_of(t)}
