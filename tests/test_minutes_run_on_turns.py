"""Minutes that write a labelled section per person ("Léa Morel :" over her points) and then run the minute-taker's
lines into one paragraph: a sentence that opens with another known person's name and their speech verb ("… à la
région. JF Perrin rappelle que…") takes the floor inside the paragraph; a compound given name's glued initials
("JF Perrin" for Jean-François Perrin) name the person as "J.-F. Perrin" would. Each rule on a text written for the
test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import resolve
from quidit.ingest.records import Participant

MINUTES = """Compte rendu
Réunion du réseau des jardins partagés, le 3 mars 2022

Participants : Léa Morel, coordinatrice ; Jean-François Perrin, trésorier

Léa Morel :
Le réseau compte douze jardins et trois nouveaux projets cette année.
Les bénévoles demandent une formation au compostage.

Jean-François Perrin :
Le budget est stable et les subventions sont reconduites.

Léa Morel : la formation pourrait avoir lieu en avril si la mairie prête une salle.
La date reste à confirmer avec les jardins. JF Perrin rappelle que la subvention régionale ne couvre pas les formations.

Léa Morel : les outils seront achetés en mai.
JF Perrin a manifesté son inquiétude sur le coût des outils.
"""


def test_a_known_name_and_speech_verb_take_the_floor_inside_a_paragraph():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "la subvention régionale") == "Jean-François Perrin"


def test_the_sentence_before_stays_with_the_labelled_speaker():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "La date reste à confirmer") == "Léa Morel"


def test_manifester_son_inquietude_is_a_verb_of_saying():
    assert speaker_at(ingest_text(MINUTES, "cr.txt"), "sur le coût des outils") == "Jean-François Perrin"


def test_glued_initials_of_a_compound_given_name_resolve_to_the_person():
    people = [Participant(name="Jean-François Perrin"), Participant(name="Léa Morel")]
    assert resolve("JF Perrin", people) is people[0]


def test_glued_initials_alone_are_not_a_surname():
    people = [Participant(name="Jean-François Perrin"), Participant(name="Jean Fabre")]
    assert resolve("JF", people) is None
