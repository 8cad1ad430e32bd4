"""A blog report quotes someone's article: a paragraph of one sentence ending with a colon names the person in full
right before a speech verb ("dont mon collègue Paul Mercier nous explique le concept dans son article :"), and the
next paragraph opens with a quote mark. The quoted paragraph is that person's, every sentence of it up to the
closing mark; the introduction and the writer's paragraph after the quote are nobody's. A colon line that names
someone without a speech verb before the colon gives the quote to nobody."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

FR = """Journée Web 2015 : compte-rendu

La Journée Web fait partie d'une série, dont mon collègue Paul Mercier nous explique le concept dans son article :

"Une série de conférences qui vise à proposer des présentations de haute volée. On en recense six aujourd'hui, toutes à Lyon. Elles attirent une audience venue de l'étranger."

C'était ma première participation à cette journée, et la salle était comble dès le matin.
"""

EN = """Web Day 2016: a report

The day belongs to a series whose idea, as Jane Roe explains in her post:

"A series of one-day conferences about a single topic. There are six of them now, all in Leeds."

The first talk started at nine sharp and the room was already full.
"""

NO_VERB = """Journée Web 2015 : compte-rendu

La Journée Web fait partie d'une série, dont le site de Paul Mercier garde la liste dans cette page :

"Une série de conférences qui vise à proposer des présentations de haute volée. On en recense six aujourd'hui."
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "blog.txt"), fragment)


def test_the_quoted_paragraph_after_the_colon_introduction_is_the_named_persons():
    assert _speaker(FR, "Une série de conférences") == "Paul Mercier"


def test_a_later_sentence_inside_the_quote_is_still_theirs():
    assert _speaker(FR, "Elles attirent une audience") == "Paul Mercier"


def test_the_introduction_itself_is_nobodys():
    assert _speaker(FR, "dont mon collègue Paul Mercier") is None


def test_the_writers_paragraph_after_the_closing_quote_is_nobodys():
    assert _speaker(FR, "C'était ma première participation") is None


def test_an_english_introduction_as_x_explains_gives_the_quote():
    assert _speaker(EN, "There are six of them") == "Jane Roe"


def test_a_colon_line_naming_someone_without_a_speech_verb_gives_the_quote_to_nobody():
    assert _speaker(NO_VERB, "On en recense six") is None
