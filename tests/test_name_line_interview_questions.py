"""A written group interview whose answers are headed by the answerer's name alone on its line and whose questions are
unlabelled paragraphs: the paragraph right before a name line that asks (first or last sentence a question) or thanks
the answerers is the interviewer's, not the last answerer's, when the text names the interviewer (a byline, or the
answerers' thanks after the last question). An answer's own question under its name line, a question inside an
answer, or a text naming no interviewer stay as they were."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import INTERVIEW_BYLINE, INTERVIEWER_THANKED

INTRO = ("Entrevista al equipo de un blog\n\n{byline}El blog lo hacen dos personas: Ana María Gil (Nani), redactora, "
         "y Pedro Ruiz (Perico), ilustrador.\n\n")

BODY = """Suponed que alguien no conoce el blog. ¿Cómo se lo venderíais?

Nani

Una página de videojuegos muy personal, escrita con mucho cariño.

Perico

¿Venderlo? Eso se lo dejo a Nani, que lo hace mucho mejor que yo.

Empezasteis en un foro hace años. ¿Qué os aporta ahora el blog?

Nani

Libertad total para escribir lo que queremos, cuando queremos.

Perico

Lo mismo que antes, pero con mejores ilustraciones cada semana.

Interesante, ¿entonces el foro ya no tiene sentido, verdad? Eso por no hablar de las redes.

Nani

El foro sigue vivo, aunque ya casi no escribimos allí desde hace meses.

Perico

Yo sigo pasando por allí de vez en cuando para ver qué se cuenta.

Gracias por dedicar vuestro tiempo a responder estas preguntas.

Nani

{thanks}

Perico

Un abrazo a todos los lectores del blog y hasta la próxima vez.
"""

THANKS = "Gracias a ti por la entrevista Manu!!! Nos ha hecho mucha ilusión."


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "entrevista.txt"), fragment)


def _doc(byline: str = "", thanks: str = THANKS) -> str:
    return INTRO.format(byline=byline) + BODY.format(thanks=thanks)


def test_a_question_ending_its_paragraph_is_the_thanked_interviewers():
    assert _speaker(_doc(), "Empezasteis en un foro") == "Manu"


def test_the_question_before_the_first_name_line_is_the_interviewers():
    assert _speaker(_doc(), "Suponed que alguien") == "Manu"


def test_a_question_opening_its_paragraph_is_the_interviewers():
    assert _speaker(_doc(), "Eso por no hablar de las redes") == "Manu"


def test_the_closing_thanks_before_the_last_answers_is_the_interviewers():
    assert _speaker(_doc(), "Gracias por dedicar vuestro tiempo") == "Manu"


def test_an_answerers_own_question_under_the_name_line_stays_hers():
    assert _speaker(_doc(), "Eso se lo dejo a Nani") == "Pedro Ruiz"


def test_a_byline_names_the_interviewer():
    doc = _doc(byline="Entrevista realizada por Luis Mora\n\n", thanks="Gracias a vosotros, ha sido un placer.")
    assert _speaker(doc, "Empezasteis en un foro") == "Luis Mora"


def test_no_interviewer_named_leaves_the_questions_as_they_were():
    doc = _doc(thanks="Gracias a vosotros, ha sido un placer.")
    assert _speaker(doc, "Empezasteis en un foro") == "Pedro Ruiz"  # the last answer runs on, as before


def test_an_answerer_thanked_is_no_interviewer():
    doc = _doc(thanks="Gracias, Perico. Ha sido un placer hacerlo contigo.")
    assert _speaker(doc, "Empezasteis en un foro") == "Pedro Ruiz"  # as before


def test_entrevista_de_names_no_interviewer():
    assert INTERVIEW_BYLINE.search("Entrevista de Luis Mora") is None


def test_thanks_to_a_company_in_lower_case_names_nobody():
    assert INTERVIEWER_THANKED.search("thanks to the whole team at home.") is None


def test_long_lines_stay_linear():
    line = "Gracias " * 20000 + "Manu"
    assert INTERVIEWER_THANKED.search(line) is None
