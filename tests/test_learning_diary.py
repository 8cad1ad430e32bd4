"""A student's learning diary of a course ("Diario de aprendizaje"): the narration is the student's, in the first person
(Spanish drops the subject: "Me encargué de…", "Mi papel…"), and who said what is told in reported speech with the
teacher's first name and an object clitic before the verb ("Lola nos explicó…", "Lola me dijo que…"), often after an
opening phrase ("En la segunda hora, Lola nos explicó…"). The student's own first-person lines end the teacher's
reported turn. The session headings ("Reto 2 - El Aula") look like "Title - Speaker" talk headings but name a thing."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import REPORT_SELF

DIARY = """Diario de aprendizaje

Sesión 1 - Presentación

Llegué al aula con algo de retraso y busqué un sitio libre al fondo de la clase.

En la segunda hora, Lola nos explicó cómo se iba a desarrollar la asignatura a lo largo del cuatrimestre.

Sesión 2 - Los grupos

Lola me dijo que no había ningún problema en que me uniera al grupo de mis compañeros.

Mi papel en la sesión de hoy era menor, así que ayudé a Marta con las cuentas del grupo.

Me encargué de crear el correo electrónico del grupo y las cuentas de las redes sociales.

Reto 2 - El Aula

Trabajamos en el aula con los portátiles durante toda la tarde de la sesión.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "diario.txt"), fragment)


def test_a_first_name_with_a_clitic_before_its_speech_verb_speaks():
    assert _speaker(DIARY, "Lola me dijo que no") == "Lola"


def test_the_name_after_the_sentences_opening_phrase_speaks_too():
    assert _speaker(DIARY, "Lola nos explicó cómo") == "Lola"


def test_a_name_after_a_comma_further_in_the_sentence_is_only_named():
    # near miss: "y luego Lola nos explicó" after the comma is no opening phrase of the sentence
    doc = DIARY.replace("En la segunda hora, Lola nos explicó", "Hablamos de la guía, y luego Lola nos explicó")
    assert _speaker(doc, "luego Lola nos explicó") is None


def test_a_clitic_before_a_verb_that_says_nothing_is_no_speech():
    # near miss: "Lola nos llevó al patio" is an action, not words
    doc = "Diario de aprendizaje\n\nAl empezar la clase, Lola nos llevó al patio para hacer la dinámica del ovillo.\n"
    assert _speaker(doc, "Lola nos llevó") is None


def test_the_diarists_dropped_subject_first_person_ends_the_reported_turn():
    assert _speaker(DIARY, "Mi papel en la sesión") is None
    assert _speaker(DIARY, "Me encargué de crear") is None


def test_the_diarys_own_title_is_what_makes_its_first_person_the_writers():
    assert REPORT_SELF.search("Diario de aprendizaje") is not None
    assert REPORT_SELF.search("Este es mi diario de la asignatura") is not None
    assert REPORT_SELF.search("my learning journal for the course") is not None
    # near miss: a parliament's "Diario de Sesiones" and a newspaper are no one's diary
    assert REPORT_SELF.search("publicado en el Diario de Sesiones del Senado") is None
    assert REPORT_SELF.search("según el diario El País") is None


SESSIONS = """Notas del curso

Reto 1 - {who}

Trabajamos con los portátiles durante toda la tarde de la sesión de hoy.

Reto 2 - Ana Gil

Repasamos las funciones del director, que ella conoce bien por su trabajo en el centro.

{aside}
"""


def _participants(doc: str) -> list[str]:
    return [p.name for p in ingest_text(doc, "notas.txt").participants]


def test_a_heading_naming_an_article_and_a_common_noun_is_no_speaker():
    doc = SESSIONS.format(who="El Aula", aside="Luego volvimos al aula para el debate final de la tarde.")
    assert _speaker(doc, "Trabajamos con los portátiles") is None
    assert "El Aula" not in _participants(doc)


def test_a_heading_name_the_text_writes_after_an_indefinite_article_is_a_thing():
    doc = SESSIONS.format(who="Unidad Didáctica", aside="Había que diseñar una Unidad Didáctica para el proyecto.")
    assert "Unidad Didáctica" not in _participants(doc)


def test_a_heading_name_the_text_writes_between_quotation_marks_is_a_title():
    doc = SESSIONS.format(who="Dream Exchange Battle", aside="Usamos la hoja “Dream Exchange Battle” del Excel.")
    assert "Dream Exchange Battle" not in _participants(doc)


def test_a_persons_name_in_the_same_heading_still_heads_her_talk():
    # near miss: "Ana Gil", written elsewhere as a person ("con Ana Gil"), is no thing
    doc = SESSIONS.format(who="Unidad Didáctica", aside="Había que diseñar una Unidad Didáctica con Ana Gil.")
    assert "Ana Gil" in _participants(doc)
    assert "Unidad Didáctica" not in _participants(doc)


def test_a_heading_of_the_diary_ends_the_reported_turn():
    doc = DIARY.replace("Sesión 2 - Los grupos\n\n", "Sesión 2 - Los grupos\n\nEl curso constará de diez sesiones de dos horas cada una.\n\n")
    assert _speaker(doc, "Lola nos explicó cómo") == "Lola"
    assert _speaker(doc, "El curso constará de diez sesiones") is None


def test_without_the_heading_the_reported_turn_goes_on():
    # near miss: the same sentence in the reported paragraph itself is still the teacher's explanation
    doc = DIARY.replace("a lo largo del cuatrimestre.", "a lo largo del cuatrimestre. El curso constará de diez sesiones de dos horas cada una.")
    assert _speaker(doc, "El curso constará de diez sesiones") == "Lola"
