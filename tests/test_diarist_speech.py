"""A diary or report that names its writer alone on a line of its cover and tells in the first person what the writer
said ("le comenté…", "pregunté a mis compañeros…", "I asked…"): those sentences are the writer's words; the rest of
the first-person narration stays nobody's, and without one name on the cover nobody is given anything."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.diarist import cover_writer

DIARY = """Diario de aprendizaje

Didáctica general

Ana Gil Romero

Noviembre, 2022

Sesión 1

Llegué al aula un poco tarde y me senté al fondo.

Al final de la sesión pregunté a mis compañeros si podíamos quedar el lunes.

Después decidí ir a la biblioteca a repasar los apuntes.
"""

NOTES = """My notes from the workshop

Tom Becker

March 2023

The first session started late because of the projector.

During the break I asked the speaker whether the slides would be shared.

Then I went back to my seat for the second talk.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "diario.txt"), fragment)


def test_the_cover_gives_the_writer():
    assert cover_writer(DIARY) == "Ana Gil Romero"


def test_what_the_writer_says_in_the_first_person_is_theirs():
    assert _speaker(DIARY, "si podíamos quedar el lunes") == "Ana Gil Romero"


def test_an_english_report_reads_the_same():
    assert _speaker(NOTES, "slides would be shared") == "Tom Becker"


def test_the_writers_other_narration_stays_nobodys():
    # near miss: a first-person verb that is no saying ("decidí ir", "Llegué") is the narration
    assert _speaker(DIARY, "decidí ir a la biblioteca") is None
    assert _speaker(DIARY, "me senté al fondo") is None


def test_no_name_on_the_cover_gives_nobody():
    # near miss: a diary whose cover names no one
    doc = DIARY.replace("Ana Gil Romero\n\n", "")
    assert _speaker(doc, "si podíamos quedar el lunes") is None


def test_a_cover_with_two_names_gives_nobody():
    # near miss: two names on the cover (two writers, or a writer and a teacher): whose first person it is is unsaid
    doc = DIARY.replace("Ana Gil Romero\n\n", "Ana Gil Romero\n\nLuis Prado Vega\n\n")
    assert _speaker(doc, "si podíamos quedar el lunes") is None


def test_a_text_that_does_not_call_itself_its_writers_gives_nobody():
    # near miss: no "diario"/"my notes": the first person may be anyone's
    doc = DIARY.replace("Diario de aprendizaje", "Didáctica en el aula")
    assert _speaker(doc, "si podíamos quedar el lunes") is None


def test_a_title_joining_two_words_is_no_name_on_the_cover():
    # near miss: "Procesos y Contextos" on the cover beside the writer is a title, not a second person
    doc = DIARY.replace("Didáctica general", "Procesos y Contextos Educativos")
    assert cover_writer(doc) == "Ana Gil Romero"
