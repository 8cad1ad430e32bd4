"""Letters and e-mails pasted into a narrated text: from the greeting ("Buenas tardes Marta, soy…", "Dear Tom,") to the
sign-off ("Un saludo.", "Best regards,") the first person is the letter's writer, the name it introduces itself with
or signs; in an exchange of letters one after the other, an answer is from the one the last letter addressed."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DIARY = """Diario de aprendizaje

Sesión 2

Hoy me encontraba mal y decidí escribir a la profesora para pedirle un grupo de trabajo.

Buenas tardes Marta, soy Lucía Ferrer Blanco, alumna del grupo 3 de la asignatura de Didáctica General.

He intentado esperar todo lo posible antes de enviar este correo pero no he podido más.

¿Sería posible que se me asigne un grupo de trabajo aunque hoy no pueda asistir a clase?

Gracias de antemano Marta, un saludo.
Lucía.

11:00

Buenas noches Lucía, no te preocupes por nada, mañana te encontramos un grupo de trabajo.

Saludos cordiales.

11:05

Buenas noches, en principio no tengo ningún problema con tu propuesta para el trabajo final.

Un saludo.

Al día siguiente llegué temprano al aula y me senté en la primera fila de la clase.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "diario.txt"), fragment)


def test_the_letter_is_the_writer_it_introduces():
    assert _speaker(DIARY, "He intentado esperar todo lo posible") == "Lucía Ferrer Blanco"


def test_the_greeting_paragraph_is_the_writers_too():
    assert _speaker(DIARY, "Buenas tardes Marta, soy") == "Lucía Ferrer Blanco"


def test_the_answer_addressed_to_the_writer_is_from_the_one_she_wrote_to():
    assert _speaker(DIARY, "no te preocupes por nada") == "Marta"


def test_an_unaddressed_answer_in_the_exchange_is_from_the_last_letters_addressee():
    # the third letter answers the second, from Marta to Lucía: it is Lucía's
    assert _speaker(DIARY, "no tengo ningún problema con tu propuesta") == "Lucía Ferrer Blanco"


def test_the_narration_around_the_letters_stays_the_writers_own():
    assert _speaker(DIARY, "decidí escribir a la profesora") is None
    assert _speaker(DIARY, "llegué temprano al aula") is None


def test_a_greeting_without_a_sign_off_opens_no_letter():
    # near miss: an announcement that greets and never signs off: whose it is the text does not say
    doc = DIARY.replace("Gracias de antemano Marta, un saludo.\nLucía.", "Espero su respuesta cuanto antes.")
    doc = doc.replace("Buenas tardes Marta, soy Lucía Ferrer Blanco, alumna", "Estimados estudiantes, soy la responsable")
    assert _speaker(doc, "He intentado esperar todo lo posible") is None


def test_thanks_alone_is_no_sign_off():
    # near miss: "Gracias." ends no letter, so no letter is read from the greeting
    doc = DIARY.replace("Gracias de antemano Marta, un saludo.\nLucía.", "Gracias.")
    doc = doc.replace("Saludos cordiales.", "Hasta mañana.").replace("Un saludo.", "Nada más.")
    assert _speaker(doc, "He intentado esperar todo lo posible") is None


def test_a_letter_after_the_narration_in_between_is_no_answer():
    # near miss: narration between two letters breaks the exchange; the unaddressed letter's writer is unsettled
    doc = DIARY.replace("11:05\n\n", "Por la mañana le conté todo a mi compañera de piso, que me animó a seguir.\n\n")
    assert _speaker(doc, "no tengo ningún problema con tu propuesta") is None


def test_the_same_in_english():
    doc = """My learning journal

Week 2

I felt ill and wrote to the teacher to ask for a group.

Dear Tom, my name is Sarah Whitfield, a student of group 3 in the course.

I have tried to wait as long as possible before sending this e-mail but I cannot come today.

Best regards,
Sarah

Hi Sarah, do not worry at all, we will find you a group tomorrow morning.

Kind regards,
"""
    assert _speaker(doc, "I have tried to wait") == "Sarah Whitfield"
    assert _speaker(doc, "do not worry at all") == "Tom"


def test_a_labelled_transcript_reads_no_letters():
    # near miss: in a transcript with speaker labels a letter read out is the reader's words
    doc = """Ana: I will read the e-mail we received this morning from the council.

Ana: Dear Tom, my name is Sarah Whitfield, a student of group 3 in the course.

Ana: I have tried to wait as long as possible before sending this e-mail.

Ana: Best regards,

Pedro: Thank you for reading it, Ana, we will answer it next week.
"""
    assert _speaker(doc, "I have tried to wait") == "Ana"
