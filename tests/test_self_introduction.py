"""Before the first label, a speaker can introduce themselves ("My name is Floor, I'm one of the organizers…"): the
sentence is theirs when the name is someone the text knows (here the moderator the section heading names)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

PANEL = """Mini Summit Transcript: The User POV

And now, the transcripts of the panel, by Floor Drees

Introduction

My name is Floor, I'm one of the organizers of these summits. Other organizers are also here.

Floor: Welcome to the panel on packaging.

Sonia: Thank you for having me.

Floor: What do you look at first?

Sonia: The documentation, always.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "panel.txt")
    return speaker_at(t, fragment)


def test_my_name_is_a_known_person_is_theirs():
    assert _speaker(PANEL, "My name is Floor") == "Floor Drees"


def test_the_sentence_after_the_introduction_is_not_carried_on():
    # the introduction makes no turn: the organisers' line after it stays nobody's
    assert _speaker(PANEL, "Other organizers are also here") is None


def test_my_name_is_someone_unknown_is_nobodys():
    # near miss: a name the text never gives elsewhere is not a speaker made from one sentence
    assert _speaker(PANEL.replace("My name is Floor", "My name is Quentin"), "My name is Quentin") is None
