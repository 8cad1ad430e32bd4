"""A talk's heading whose title asks a question, the speaker's name right after it on the same line with the surname
in capitals ("Peut-on réussir sans effort ? Gilles VERVISCH"): a talk heading like "Title - Name", its notes the
speaker's. Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

HEAD = "Mon compte rendu du Forum du code à Lille\n\nTester sans douleur - Sophie DUBOIS\n\nLes tests automatisés coûtent moins cher que les bugs.\n\n"
NOTES = "Réécrire une application prend toujours plus de temps que prévu. Une migration progressive limite les risques.\n"


def test_the_question_title_then_the_name_opens_the_talk():
    t = ingest_text(HEAD + "Faut-il réécrire son application ? Marc LEFÈVRE\n\n" + NOTES, "writeup.txt")
    assert speaker_at(t, "Une migration progressive") == "Marc LEFÈVRE"


def test_the_heading_itself_is_nobodys():
    t = ingest_text(HEAD + "Faut-il réécrire son application ? Marc LEFÈVRE\n\n" + NOTES, "writeup.txt")
    assert speaker_at(t, "Faut-il réécrire") is None


def test_spanish_question_title():
    t = ingest_text(HEAD + "¿Quién teme al código legado? Lucía GARCÍA\n\n" + NOTES, "writeup.txt")
    assert "Lucía GARCÍA" in [p.name for p in speakers_of(t)]


def test_near_miss_capitalised_words_after_an_article_are_no_speaker():
    t = ingest_text(HEAD + "Pourquoi réécrire ? Les Tests\n\n" + NOTES, "writeup.txt")
    assert speaker_at(t, "Une migration progressive") is None
