"""A written group interview that heads each answer with the answerer's nickname alone on its line, the introduction
tying each nickname to a full name ("Christian Viver (Kristian)", "Francisco Miguel Martínez, alias Roswell", "Kristian
(Christian Viver)"): the answer under a nickname line is the person's the introduction names in full. A nickname the
text never ties to a full name, or two people joined by "y", stays no such turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import NICKNAME_INTRODUCED
from quidit.ingest.name_lines import introduced_nicknames

ANSWERS = """¿Cómo empezasteis?

{a}

Empezamos en un foro de videojuegos hace muchos años, casi sin querer.

{b}

Yo llegué después, cuando ya tenían el blog montado y funcionando.

¿Y ahora qué?

{a}

Ahora queremos crecer un poco más, sin perder la libertad que tenemos.

{b}

Yo sigo dibujando las ilustraciones de cada artículo que sale.
"""

INTRO_BRACKETS = ("Entrevista al equipo de un blog\n\nEl blog lo hacen dos personas: Ana María Gil (Nani), redactora, "
                  "y Pedro Ruiz (Perico), ilustrador.\n\n")


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "entrevista.txt"), fragment)


def test_a_nickname_line_is_the_full_name_in_brackets_after_it():
    doc = INTRO_BRACKETS + ANSWERS.format(a="Nani", b="Perico")
    assert _speaker(doc, "Empezamos en un foro") == "Ana María Gil"


def test_the_second_answerer_is_hers_too():
    doc = INTRO_BRACKETS + ANSWERS.format(a="Nani", b="Perico")
    assert _speaker(doc, "Yo sigo dibujando") == "Pedro Ruiz"


def test_an_alias_after_a_comma_ties_the_nickname():
    intro = ("An interview with the team\n\nThe site is run by Jane Roe, aka Jroe. Its artwork is by John Smith, "
             "better known as Smitty.\n\n")
    doc = intro + ANSWERS.format(a="Jroe", b="Smitty")
    assert _speaker(doc, "Ahora queremos crecer") == "Jane Roe"


def test_the_nickname_first_with_the_full_name_in_brackets():
    intro = "Entretien\n\nNani (Ana María Gil) et Perico (Pedro Ruiz) répondent à nos questions.\n\n"
    doc = intro + ANSWERS.format(a="Nani", b="Perico")
    assert _speaker(doc, "Yo llegué después") == "Pedro Ruiz"


def test_nicknames_the_text_never_ties_to_a_name_open_no_turn():
    doc = "Entrevista al equipo de un blog\n\nEl blog lo hacen dos personas.\n\n" + ANSWERS.format(a="Nani", b="Perico")
    assert _speaker(doc, "Empezamos en un foro") is None


def test_a_word_written_in_lower_case_is_cut_from_the_name():
    text = "Con Ana Gil (Nani) y nadie más. Hablamos con ella."
    assert introduced_nicknames(text, {"nani"}, frozenset({"con", "hablamos"})) == {"nani": "Ana Gil"}


def test_two_people_joined_by_y_are_no_full_name():
    assert NICKNAME_INTRODUCED.search("Toño y Kristian (AB) hablan") is None


def test_a_nickname_tied_to_two_names_is_none():
    text = "Ana Gil (Nani) y Ana Ruiz (Nani) escriben."
    assert introduced_nicknames(text, {"nani"}, frozenset({"y", "escriben"})) == {}


def test_long_lines_stay_linear():
    line = "Ana " * 20000 + "(Nani"
    assert NICKNAME_INTRODUCED.search(line) is None
