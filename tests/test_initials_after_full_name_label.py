"""A speaker whose first turn is labelled with the full name and every later turn with its initials only ("Claire
Dubois : …" then "CD : …", "Jane Roe: …" then "JR: …") is one person, named in full. The initials count only when they
are exactly one earlier full name's. One behaviour per test, with near misses."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.initials import name_initials
from quidit.ingest.pipeline import speakers_of

NEWS = """Journal du soir

Claire Dubois : Bonsoir, bienvenue dans ce journal, présenté avec Paul Mercier.

Paul Mercier : Bonsoir Claire, bonsoir à tous.

CD : À la Une ce soir, le budget italien.

PM : Les syndicats appellent à la grève dès lundi.

CD : C'est la fin de ce journal, merci Paul.
"""


def test_initials_turn_is_the_full_name():
    t = ingest_text(NEWS, "j.txt")
    assert speaker_at(t, "À la Une ce soir") == "Claire Dubois"
    assert speaker_at(t, "Les syndicats appellent") == "Paul Mercier"


def test_initials_are_not_a_second_speaker():
    t = ingest_text(NEWS, "j.txt")
    names = {s.name for s in speakers_of(t)}
    assert "CD" not in names and "PM" not in names


def test_english_initials():
    text = "Morning news\n\nJane Roe: Good morning.\n\nBob Lane: Good morning, Jane.\n\nJR: First, the weather.\n\nBL: Rain all day.\n"
    t = ingest_text(text, "n.txt")
    assert speaker_at(t, "First, the weather") == "Jane Roe"


def test_initials_of_two_full_names_stay_as_written():
    # near miss: "CD" fits Claire Dubois and Cécile Durand: which one is not written
    text = NEWS.replace("Paul Mercier : Bonsoir Claire", "Cécile Durand : Bonsoir Claire")
    t = ingest_text(text, "j.txt")
    assert speaker_at(t, "À la Une ce soir") == "CD"


def test_initials_before_the_full_name_stay_as_written():
    # near miss: the initials come first; the full name is only labelled later
    text = NEWS.replace("Claire Dubois : Bonsoir", "CD : Bonsoir").replace("CD : C'est la fin", "Claire Dubois : C'est la fin")
    t = ingest_text(text, "j.txt")
    assert speaker_at(t, "À la Une ce soir") == "CD"


def test_name_initials():
    assert name_initials("Claire Dubois") == {"CD"}
    assert name_initials("Jean-Yves Le Bouillonnec") == {"JLB", "JYLB"}
