"""A question from the floor labelled with a role ("Q", "PREGUNTA:", "INTERVENANT :") is the person the chair handed
the floor to just before ("Go ahead, Peter.", "La parole est à Mme Claire Roux.", "Adelante, Ana Gil."); with no
hand-over it stays the role. One behaviour per test, with near misses."""
from __future__ import annotations

import time

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.floor_askers import handed_to
from quidit.ingest.lexicon import ASKER_LINE, FLOOR_GIVEN, FLOOR_GIVEN_VOCATIVE

NBSP = "\u00a0"
HALL = f"""Remarks by the Governor at a Town Hall in Springfield

THE GOVERNOR:  Thank you all for coming tonight.

Q{NBSP} {NBSP} Can everybody in the back hear the microphone tonight, sir?

THE GOVERNOR:  I hope so, I really do.

MS. HART:  Let us start with the budget. Our next question comes from Peter Vance.  He runs a bakery downtown.

Go ahead, Peter.

Q{NBSP} {NBSP} Thank you, Governor.  I opened my shop on Main Street four years ago with my brother.

THE GOVERNOR:  Good for you, and good luck to both of you.

Q{NBSP} {NBSP} Thank you.  What will you do about the property taxes on the small shops of this town?

THE GOVERNOR:  We are cutting them by a tenth next year, for every shop under ten employees.

Q{NBSP} {NBSP} And will the parking fees in the town centre go down for the shoppers as well?

THE GOVERNOR:  Not this year, I am afraid, but we are looking at it closely.
"""


def test_floor_turn_is_the_person_handed_the_floor():
    t = ingest_text(HALL, "hall.txt")
    assert speaker_at(t, "I opened my shop") == "Peter Vance"


def test_floor_turn_without_a_hand_over_stays_the_role():
    t = ingest_text(HALL, "hall.txt")
    assert speaker_at(t, "Can everybody in the back") == "Q"


def test_asker_keeps_the_floor_over_an_aside_until_the_question():
    t = ingest_text(HALL, "hall.txt")
    assert speaker_at(t, "What will you do about the property taxes") == "Peter Vance"


def test_floor_closes_once_the_question_is_answered():
    t = ingest_text(HALL, "hall.txt")
    assert speaker_at(t, "And will the parking fees") == "Q"


def test_chair_speaking_again_closes_the_floor():
    moved_on = HALL.replace("THE GOVERNOR:  Good for you, and good luck to both of you.",
                            "MS. HART:  We will come back to the bakery later on tonight.")
    t = ingest_text(moved_on, "hall.txt")
    assert speaker_at(t, "What will you do about the property taxes") == "Q"


def test_floor_labelled_turn_that_hands_over_is_the_chairs():
    slip = HALL.replace("MS. HART:  Let us start with the budget. Our next question",
                        f"MS. HART:  Let us start with the budget.\n\nQ{NBSP} {NBSP} Okay.  Our next question")
    slip += f"\nMS. HART:  Let us bring in Rosa Diaz.  Rosa, go ahead.\n\nQ{NBSP} {NBSP} Is the pool open in June?\n"
    t = ingest_text(slip, "hall.txt")
    assert speaker_at(t, "Our next question comes from") == "Ms. Hart"
    assert speaker_at(t, "I opened my shop") == "Peter Vance"


def test_french_hand_over_names_the_intervenant():
    text = """Réunion publique du conseil de quartier

LE PRÉSIDENT : Nous passons aux questions de la salle. La parole est à Mme Claire Roux.

INTERVENANT : Merci. Je voudrais savoir quand les travaux de la rue des Lilas vont enfin commencer ?

LE PRÉSIDENT : Les travaux commencent en mars, après l'appel d'offres.

INTERVENANT : Et le stationnement pendant les travaux de la rue sera-t-il toujours gratuit ?
"""
    t = ingest_text(text, "cq.txt")
    assert speaker_at(t, "Je voudrais savoir quand") == "Claire Roux"
    assert speaker_at(t, "Et le stationnement") != "Claire Roux"


def test_spanish_hand_over_names_the_pregunta():
    text = """Conferencia de prensa del alcalde

EL PRESIDENTE: Buenos días a todos. Vamos a las preguntas. Adelante, Ana Gil.

PREGUNTA: Gracias. ¿Cuándo se abrirá la nueva biblioteca del barrio norte de la ciudad?

EL PRESIDENTE: En septiembre, si las obras terminan a tiempo como esperamos.

PREGUNTA: ¿Y cuánto costará el mantenimiento anual de la biblioteca para el ayuntamiento?
"""
    t = ingest_text(text, "cp.txt")
    assert speaker_at(t, "Cuándo se abrirá") == "Ana Gil"
    assert speaker_at(t, "cuánto costará") != "Ana Gil"


def test_q_with_spaces_is_a_label_line():
    assert ASKER_LINE.match(f"Q{NBSP} {NBSP} Thank you, Mr. President.") is not None
    assert ASKER_LINE.match("Q. How many were there?") is not None


def test_q_in_a_sentence_is_no_label_line():
    assert ASKER_LINE.match("Q is the letter we use for questions.") is None
    assert ASKER_LINE.match("QAnon is not a question.") is None


def test_hand_over_gives_the_fullest_name_in_the_turn():
    assert handed_to("I want to get to Dr. Nicole Roe.  She is a nurse.  Dr. Roe, go ahead.") == "Dr. Nicole Roe"
    assert handed_to("By the way, that is Jane Lippo.  Go ahead, Jane.") == "Jane Lippo"


def test_role_or_plain_words_are_no_hand_over():
    assert handed_to("Go ahead, Mr. President.") is None
    assert handed_to("I want to get to that in a minute.") is None


def test_vocative_counts_only_opening_its_sentence():
    assert handed_to("Yes.  Okay, Dr. Roe, go ahead.") == "Dr. Roe"
    assert handed_to("We have all heard the doubts of Dr. Roe, go ahead and ask them.") is None


def test_hand_over_patterns_are_linear_on_long_lines():
    t0 = time.perf_counter()
    assert FLOOR_GIVEN.search("Go ahead, Aa " * 5000 + "x") is None
    assert FLOOR_GIVEN_VOCATIVE.search("Aa Bb Cc " * 5000 + "x") is None
    assert handed_to("Aa, " * 20000 + "x") is None
    assert time.perf_counter() - t0 < 2.0
