"""A working group deciding ("Le GT CNIG Accessibilité valide la proposition…") is nobody in particular; a member
who "goes further on the topic of…, explaining…" is speaking. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Groupe de travail voirie
Compte rendu de réunion du 3 mars 2025
Participants :
Marie DURAND
Paul MARTIN

1. Révision du guide
P. Martin indique que la relecture sera faite par les services en avril.
Le GT Voirie valide la proposition de publier le guide révisé au printemps.
"""

MINUTES = """SIP meeting minutes

Attendees

* Martin Odersky (@odersky), EPFL
* Sébastien Doeraene (@sjrd), Scala Center

Proceedings

Martin said he thinks that most people will continue to use normal classes.

Sébastien goes further on the topic of inheritance contracts, explaining how they are much more difficult to write.
"""


def test_the_working_group_deciding_is_no_member():
    t = ingest_text(NOTES, "cr.txt")
    assert speaker_at(t, "publier le guide révisé au printemps") is None


def test_going_further_on_a_topic_is_speech():
    t = ingest_text(MINUTES, "minutes.md")
    assert speaker_at(t, "inheritance contracts, explaining") == "Sébastien Doeraene"
