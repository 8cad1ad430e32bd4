"""An interview transcript that labels its turns by first name alone ("MARTA:", "Jane:") names the people in full only
in its header: a role's field ("Entrevistadora: Marta Gil", "Interviewer: Jane Roe") or the title ("Ana Ruiz"). The
short label is that person (one person, never a second one), and a role's field line in that header is not a turn.
Each test on a small text written for it (one behaviour per test; the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

ES = """Ana Ruiz

Entrevistadora: Marta Gil
Fecha: 12 de marzo de 2025

Presentación

MARTA:

¿Cómo empezaste a trabajar en la cooperativa del barrio?

ANA:

Empecé como voluntaria hace seis años, cuando todavía estudiaba en la universidad.

MARTA:

¿Y qué haces ahora en la cooperativa?

ANA:

Coordino el reparto y las cuentas con los socios, y a veces doy talleres.
"""

EN = """Interview with Grace Kim

Interviewer: Jane Roe
Date: 3 May 2024

Jane: Thank you for taking the time. How did you come to run the community garden?

Grace: A neighbour asked me to help one spring, and I never left after that.

Jane: What has changed since then?

Grace: We have three times the beds now, and a waiting list of forty families.
"""

FR = """Entretien avec Léa Martin

Intervieweur : Paul Durand
Lieu : Lyon

PAUL :

Comment avez-vous commencé à travailler dans cette librairie ?

LÉA :

J'y suis entrée comme stagiaire il y a dix ans, pendant mes études de lettres.

PAUL :

Et qu'est-ce qui a changé depuis ?
"""


def test_the_title_names_a_first_name_label_in_full():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Empecé como voluntaria") == "Ana Ruiz"


def test_the_role_field_names_the_interviewer_label_in_full():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Cómo empezaste a trabajar") == "Marta Gil"


def test_the_role_field_is_not_a_turn():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Entrevistadora: Marta Gil") is None


def test_the_role_holder_and_the_first_name_label_are_one_person():
    text = ES.replace("Fecha: 12 de marzo de 2025", "Fecha: 12 de marzo de 2025\nEntrevistadora: Marta (Radio Norte) - desde Lima")
    t = ingest_text(text, "es.txt")
    assert [st.name for st in speakers_of(t)].count("Marta Gil") == 1 and "MARTA" not in {st.name for st in speakers_of(t)}


def test_a_second_role_field_before_the_first_turn_is_not_a_turn():
    text = ES.replace("Fecha: 12 de marzo de 2025", "Fecha: 12 de marzo de 2025\nEntrevistadora: Marta (Radio Norte) - desde Lima")
    t = ingest_text(text, "es.txt")
    assert speaker_at(t, "desde Lima") is None


def test_an_english_header_names_the_first_name_labels():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "What has changed since then?") == "Jane Roe"


def test_a_french_header_names_the_first_name_labels():
    t = ingest_text(FR, "fr.txt")
    assert speaker_at(t, "Et qu'est-ce qui a changé") == "Paul Durand"


def test_two_people_of_that_first_name_in_the_header_are_not_guessed():
    # near miss: the header writes two Anas, "ANA:" does not say which
    text = ES.replace("Ana Ruiz\n", "Ana Ruiz y Ana Peña\n")
    t = ingest_text(text, "es.txt")
    assert speaker_at(t, "Empecé como voluntaria") not in {"Ana Ruiz", "Ana Peña"}


def test_a_full_name_said_in_a_turn_is_not_the_header():
    # near miss: no header names Ana; the interviewer says "Ana Torres" inside a turn
    text = ES.replace("Ana Ruiz\n\n", "").replace("¿Y qué haces ahora", "Ana Torres me habló de ti. ¿Y qué haces ahora")
    t = ingest_text(text, "es.txt")
    assert speaker_at(t, "Coordino el reparto") != "Ana Torres"


NICK = """Robert "Bob" Smith on gardening

Alice Martin: Welcome to the show. Today I am talking with a gardener from Leeds.

Robert Smith: Thanks for having me. It is a pleasure to be here with you.

Alice: So how did you start with the community garden?

Bob: A neighbour asked me to help one spring, and I never left after that.

Alice: What has changed since then?

Bob: We have three times the beds now, and a waiting list of forty families.
"""


def test_a_nickname_in_quotes_in_the_header_names_its_label():
    t = ingest_text(NICK, "en.txt")
    assert speaker_at(t, "A neighbour asked me") == "Robert Smith"


def test_a_nickname_no_header_writes_stays_as_written():
    # near miss: the heading gives no nickname, so "Bob:" is not guessed to be Robert Smith
    t = ingest_text(NICK.replace('Robert "Bob" Smith', "Robert Smith"), "en.txt")
    assert speaker_at(t, "A neighbour asked me") == "Bob"
