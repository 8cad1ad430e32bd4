"""Research-interview transcripts label the participant with a code ("E1:", "P3:", "E1 (probe):"); the metadata
block may tie the code to the pseudonym the participant chose ("Código del participante: E1" over "Seudónimo: Abel
Marco"), and then the turns are that pseudonym's. Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

ES = """Entrevista E2

Fecha: 2025-03-10

Código del participante: E2

Seudónimo (opcional): Rosa Benítez

ENTREVISTADOR: ¿Cómo empezó a trabajar como ilustradora de libros infantiles?

E2: Empecé dibujando para mis sobrinos cuando era muy joven. Después una editorial pequeña me pidió unas portadas.

ENTREVISTADOR: ¿Qué materiales usa para trabajar cada día?

E2: Casi siempre acuarela y lápiz sobre papel grueso. Lo digital lo uso solo para corregir colores al final.

E2 (probe): Bueno, a veces también uso la tableta cuando el plazo de entrega es muy corto.
"""

BARE = ES.replace("Código del participante: E2\n\nSeudónimo (opcional): Rosa Benítez\n\n", "")

EN = """Interview transcript 3

Participant code: P3

Pseudonym: Jane Holloway

Interviewer: Thank you for agreeing to take part. Could you tell me about your role on the ward?

P3: I have been a nurse on the ward for twelve years now. Most of my work is on night shifts.

Interviewer: How has the workload changed over that time?

P3: It has doubled, honestly. We used to have four nurses per shift and now we have two.
"""

FR = """Entretien E1

Code participant : E1

Pseudonyme : Léa Martin

Enquêteur : Merci d'avoir accepté cet entretien. Pouvez-vous me parler de votre parcours ?

E1 : J'ai commencé comme aide-soignante il y a vingt ans. Ensuite j'ai repris mes études d'infirmière.

Enquêteur : Qu'est-ce qui a changé dans votre service depuis ?

E1 : Beaucoup de choses, surtout la charge de travail. On manque de personnel partout.
"""


def test_a_code_opening_several_turns_is_the_participant():
    t = ingest_text(BARE, "es.txt")
    assert speaker_at(t, "Casi siempre acuarela") == "E2"


def test_a_code_opening_one_line_only_is_no_label():
    text = "Notas de la reunión\n\nA4: el formato de papel que usa la imprenta nueva del barrio.\n\nSe aprueba el presupuesto.\n"
    t = ingest_text(text, "es.txt")
    assert all(st.name != "A4" for st in speakers_of(t))


def test_a_qualifier_in_brackets_keeps_the_same_person():
    t = ingest_text(BARE, "es.txt")
    assert speaker_at(t, "a veces también uso la tableta") == "E2"


def test_the_metadata_pseudonym_names_the_coded_turns():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "Empecé dibujando para mis sobrinos") == "Rosa Benítez"


def test_the_pseudonym_names_the_qualified_label_too():
    t = ingest_text(ES, "es.txt")
    assert speaker_at(t, "a veces también uso la tableta") == "Rosa Benítez"


def test_a_pseudonym_field_that_is_no_name_leaves_the_code():
    t = ingest_text(ES.replace("Rosa Benítez", "no indicado"), "es.txt")
    assert speaker_at(t, "Empecé dibujando para mis sobrinos") == "E2"


def test_an_english_participant_code_takes_its_pseudonym():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "It has doubled, honestly.") == "Jane Holloway"


def test_the_interviewer_keeps_the_questions():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "How has the workload changed") == "Interviewer"


def test_a_french_participant_code_takes_its_pseudonym():
    t = ingest_text(FR, "fr.txt")
    assert speaker_at(t, "On manque de personnel partout.") == "Léa Martin"


FOCUS = """Grupo focal 2

Moderadora: Gracias a todas por venir. ¿Qué es lo más difícil de cuidar a un familiar?

Participante 1: El cansancio, sin duda. No hay un solo día libre en todo el año.

Participante 2: Para mí es la soledad. Nadie pregunta cómo estás tú, solo cómo está él.

Moderadora: ¿Y qué ayuda han recibido?

Participante 1: Ninguna, la verdad. Todo lo hemos pagado nosotros entre los hermanos.
"""


def test_a_numbered_participant_opening_turns_is_a_speaker():
    t = ingest_text(FOCUS, "es.txt")
    assert speaker_at(t, "Todo lo hemos pagado nosotros") == "Participante 1"


def test_a_numbered_participant_speaking_once_holds_beside_the_others():
    t = ingest_text(FOCUS, "es.txt")
    assert speaker_at(t, "Para mí es la soledad.") == "Participante 2"


def test_letter_codes_once_each_are_no_labels():
    text = """Requisitos del sistema

Ana Gil: Repasamos los requisitos que quedaron pendientes de la semana pasada.

R1: El sistema debe guardar cada cambio con su fecha y su autor.

R2: El sistema debe permitir exportar los datos en formato abierto.

Ana Gil: Los dos quedan aprobados para la próxima versión.
"""
    t = ingest_text(text, "es.txt")
    assert not {"R1", "R2"} & {st.name for st in speakers_of(t)}


INLINE = """Entrevista 4

Entrevistadora: Gracias por recibirme. ¿Cómo es un día normal en la cooperativa?

E1 (Marta Ríos): Empiezo a las seis con el reparto. Después vienen las cuentas y las llamadas a los socios.

Entrevistadora: ¿Qué ha cambiado desde la pandemia?

E1: Casi todo, la verdad. Ahora vendemos la mitad por internet y eso antes era impensable.

E1 (Probe): Y los socios jóvenes son los que más compran por el teléfono.
"""


def test_a_full_name_in_brackets_after_the_code_names_the_participant():
    t = ingest_text(INLINE, "es.txt")
    assert speaker_at(t, "Empiezo a las seis") == "Marta Ríos"


def test_the_bare_code_after_the_named_one_is_the_same_person():
    t = ingest_text(INLINE, "es.txt")
    assert speaker_at(t, "Ahora vendemos la mitad") == "Marta Ríos"


def test_one_capitalised_word_in_brackets_is_a_qualifier_not_a_name():
    t = ingest_text(INLINE, "es.txt")
    assert "Probe" not in {st.name for st in speakers_of(t)}
