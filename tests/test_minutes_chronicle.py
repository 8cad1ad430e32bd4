"""A meeting's chronicle in reported prose (a user group's or a community's minutes): an attendance list that goes on
under sentences introducing it, wiki names and nicks in it, people named by first name only, the group's impersonal
talk, someone's actions, a quoted word given to its author. Each rule on a small text written for the test, one
behaviour per test, with a near miss that must not fire."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of


def _speaker(t, fragment):
    return speaker_at(t, fragment)


CHRONICLE = """Reunión 7 del grupo - Rosario

Asistentes

Al empezar la reunión estábamos, entre viejos y nuevos miembros, unas diez personas:

* JuanPerez

* nacho

* Lucía Romero

* Pablo Ruiz

* Pablo Soto

Más tarde llegó más gente a la sala...

* Teresa Vidal

Con esto fuimos once personas en total, contando a los que llegaron tarde.

Desarrollo

Juan plantea que el grupo organice un taller de introducción. Nacho sugiere hacerlo en la universidad.
Se habló de la fecha y del lugar del taller.
Pablo ofrece su oficina para las reuniones. Teresa dice que conoce a un docente interesado.
Mientras tanto, Lucía reparte las etiquetas con los nombres.
Pero Teresa saltó diciendo que faltaba un proyector.
Se criticó mucho el horario, “demasiado temprano” en palabras de Lucía.
¿Y quién trae el café? fue la pregunta de Nacho.
"""


def test_attendance_list_goes_on_under_its_introducing_sentence():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert any(p.name == "Lucía Romero" for p in t.participants)


def test_attendance_list_goes_on_after_a_sentence_announcing_latecomers():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "Teresa dice que conoce") == "Teresa Vidal"


def test_wiki_name_in_an_attendance_list_is_read_as_a_name():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "Juan plantea que el grupo") == "Juan Perez"


def test_lower_case_nick_alone_on_a_bullet_is_a_person():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "Nacho sugiere hacerlo") == "nacho"


def test_first_name_two_listed_people_share_speaks_as_that_first_name():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "Pablo ofrece su oficina") == "Pablo"


def test_impersonal_talk_in_minutes_is_nobodys():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "Se habló de la fecha") is None


def test_named_person_doing_something_is_not_the_last_speaker():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "Lucía reparte las etiquetas") is None


def test_conjunction_then_name_then_speech_verb_speaks():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "Pero Teresa saltó diciendo") == "Teresa Vidal"


def test_quoted_words_go_to_whose_words_they_are():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "en palabras de Lucía") == "Lucía Romero"


def test_question_given_to_its_asker_after_it():
    t = ingest_text(CHRONICLE, "cronica.txt")
    assert _speaker(t, "fue la pregunta de Nacho") == "nacho"


def test_sentence_after_the_list_ends_it():
    """Near miss: a sentence that does not introduce more names ("Con esto fuimos once…") is not in the list."""
    t = ingest_text(CHRONICLE, "cronica.txt")
    s = next(s for s in t.sentences if "Con esto fuimos once" in t.text[s.start:s.end])
    assert s.cue.value != "roster"


def test_bullet_with_a_colon_after_an_attendance_list_is_a_report_not_a_name():
    """Near miss: "* Ana Gil (TSC): working on the release" under a list is her report, whatever the parenthesis."""
    text = ("Meeting minutes\n\nPresent\n\n* Ana Gil (TSC)\n* Bo Lund (TSC)\n\nStandup\n\n"
            "* Ana Gil (TSC): working on the release notes, reviewing the docs, fixing the build on the mirror\n"
            "* Bo Lund (TSC): vacation\n")
    t = ingest_text(text, "standup.txt")
    assert _speaker(t, "working on the release notes") == "Ana Gil"


def test_first_person_impersonal_is_the_speakers_own_words():
    """Near miss: "Se decía que yo…" in a minuted speech is the speaker's, not the group's."""
    text = ("Acta de la asamblea\n\nAsistentes: Ana Gil, Luis Vega\n\nAna Gil explica el balance del año. "
            "Se decía que yo compraba la deuda, y no era cierto.\n")
    t = ingest_text(text, "asamblea.txt")
    assert _speaker(t, "Se decía que yo") == "Ana Gil"


def test_impersonal_rule_is_for_minutes_only():
    """Near miss: in talk notes (no attendance list, no minutes title) a named speaker doing something keeps the talk."""
    text = ("Notes from the summit\n\nThe talk\n\nAnn Lee presented the new parser. Ann gave an example of a slow "
            "function.\n")
    t = ingest_text(text, "notes.txt")
    assert _speaker(t, "Ann gave an example") == "Ann Lee"


def test_speakers_of_a_chronicle_list_who_spoke():
    t = ingest_text(CHRONICLE, "cronica.txt")
    names = [s.name for s in speakers_of(t)]
    assert "Juan Perez" in names and "Lucía Romero" in names and "Pablo Soto" not in names


def test_impersonal_talk_in_french_minutes_is_nobodys():
    text = ("Compte rendu de la réunion\n\nPrésents : Anne Roux, Paul Meyer\n\nAnne Roux présente le budget. "
            "On discute ensuite de la date du prochain atelier.\n")
    t = ingest_text(text, "cr.txt")
    assert _speaker(t, "On discute ensuite") is None


def test_passive_talk_in_english_minutes_is_nobodys():
    text = ("Board Meeting Minutes\n\nPresent: Ann Lee, Tom Hart\n\nAnn Lee presented the budget. "
            "It was suggested that the reserve be reviewed next year.\n")
    t = ingest_text(text, "board.txt")
    assert _speaker(t, "It was suggested that") is None


INVERTED = CHRONICLE + "Salta Lucía recordando que el aula cierra a las nueve.\nSalta a la vista que Teresa tenía razón.\n"


def test_inverted_chronicle_verb_then_name_speaks():
    t = ingest_text(INVERTED, "cronica.txt")
    assert _speaker(t, "Salta Lucía recordando") == "Lucía Romero"


def test_inverted_verb_not_followed_by_a_name_names_nobody():
    """Near miss: "Salta a la vista que Teresa…" (an idiom, Teresa mentioned later) is not Teresa's."""
    t = ingest_text(INVERTED, "cronica.txt")
    assert _speaker(t, "Salta a la vista") != "Teresa Vidal"
