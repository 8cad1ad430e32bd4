"""Committee minutes that label some turns with a member's short name ("Seb: …"): a bulleted label used once that
is the start of one listed member's given name ("* Gui: …" for Guillaume Martres) is that member, not an agenda
item; and a paragraph opening with a member, a verb of saying and a colon ("Iulian comments: …, I think…") is that
member's, though the labelled speaker before spoke in the first person too. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Committee meeting minutes, 18 December 2019

Attendees

* Martin Odersky (@odersky), EPFL
* Sébastien Doeraene (@sjrd), Scala Center
* Guillaume Martres (@smarter), EPFL
* Iulian Dragos (@dragos), Triplequote

Proceedings

Martin said he's not sure as he thinks that most people will continue to use normal classes.

* Seb: that wouldn't work for mocking library, where you would typically just enable it.
* Gui: if mocking libraries work with macros, then the macro can just write the right tree.
* Seb: yeah, maybe

Seb: when it becomes something that is just a String it will eagerly fail there.

Seb: you don't call methods on nullable types, you have to first test if it's null.

Iulian comments: UncheckedNull seems to exist to allow unsafe selection, I think the elvis operator is better.
Martin shares how Kotlin went through all that.
"""


def test_a_bulleted_short_name_used_once_is_the_member():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "the macro can just write the right tree") == "Guillaume Martres"


def test_name_verb_colon_opens_the_member_s_turn():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "I think the elvis operator is better") == "Iulian Dragos"
