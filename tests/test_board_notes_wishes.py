"""A small board's notes tell a director's wish or stance as what the director said at the meeting ("Vera wants to
know the job description…", "Noah is happy for Mars to stay…", "Vera is still interested in…"), as "veut" or "est
favorable" do in French and "quiere saber" in Spanish; and record the votes as tallies ("4/4 votes for Aiden as
secretary"), which are nobody's words."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import SPEECH_VERB, VOTE

NOTES = """Board Meeting Minutes, March 3rd
Attendees:
Jane Roe
Tom Hill
Amy Shaw

Officers
Jane Roe said we need officers before the end of the month.

Amy Shaw wants to know the duties of each officer before the vote.

Tom Hill is happy for Amy to keep her seat even if she travels a lot.

Amy Shaw is still interested in a written list of the duties, especially hers.

Votes for officers:
3/3 votes for Amy as secretary
"""

ACTA = """Acta de la reunión de la junta directiva
Asistentes: Ana Gil, Luis Mora, Eva Sanz.

Ana Gil quiere saber cuánto costará la renovación del local antes de votarla.
"""


def _notes():
    return ingest_text(NOTES, "notes.txt")


def test_wants_to_know_is_the_directors_question():
    assert speaker_at(_notes(), "duties of each officer") == "Amy Shaw"


def test_is_happy_for_is_the_directors_stance():
    assert speaker_at(_notes(), "keep her seat") == "Tom Hill"


def test_is_still_interested_in_is_the_directors_wish():
    assert speaker_at(_notes(), "written list of the duties") == "Amy Shaw"


def test_a_wish_to_act_is_no_verb_of_saying():
    assert SPEECH_VERB.search("Tom Hill wants to rent the north space") is None


def test_quiere_saber_is_the_members_question():
    assert speaker_at(ingest_text(ACTA, "acta.txt"), "renovación del local") == "Ana Gil"


def test_a_tally_of_votes_is_a_vote():
    assert VOTE.search("3/3 votes for Amy as secretary") and VOTE.search("Accept staying insured – 4/4 yes")


def test_a_fraction_that_counts_no_votes_is_no_tally():
    assert VOTE.search("Tom says 2/3 of the members renewed this year") is None
