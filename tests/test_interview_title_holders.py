"""Q:/A: turns under a title that names the person interviewed ("Interview with Marie Curie, physicist") and the
interviewer, at the title's end or in a byline: the answers are the interviewee's, the questions the interviewer's;
a title naming the interviewer after "by" is no talk heading."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

QA = """Q: When did you start your research on radium?
A: I started in 1898 with my husband Pierre.
Q: What was the hardest part?
A: Getting enough pitchblende to work with.
"""


def test_answers_are_the_titled_interviewee():
    t = ingest_text("Interview with Marie Curie, physicist.\n\n" + QA, "i.txt")
    assert speaker_at(t, "enough pitchblende") == "Marie Curie"


def test_questions_are_the_interviewer_the_title_names_after_by():
    t = ingest_text("Interview with Marie Curie, physicist, by John Smith.\n\n" + QA, "i.txt")
    assert speaker_at(t, "the hardest part") == "John Smith"


def test_answers_stay_the_interviewee_when_the_title_names_the_interviewer():
    t = ingest_text("Interview with Marie Curie, physicist, by John Smith.\n\n" + QA, "i.txt")
    assert speaker_at(t, "enough pitchblende") == "Marie Curie"


def test_without_a_title_the_letters_stay_roles():
    t = ingest_text("Notes from the archive.\n\n" + QA, "i.txt")
    assert speaker_at(t, "enough pitchblende") == "A"
