"""A "Name: words" line without a final stop is a talk's title in a conference report only when it is as short as a
title (TALK_HEADING_WORDS): a speaker's long turn whose last stop the transcript dropped stays that speaker's words."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

REPORT = """Journée Agile du Nord 2019

La pensée visuelle par Benoit Martin

Le management visuel aide une équipe à voir ses blocages au lieu de les cacher dans un outil.

Claire Durand : Merci pour cette présentation, je voudrais savoir comment vous faites quand l'équipe est répartie sur trois sites et que personne ne voit le même tableau, parce que chez nous le tableau physique a disparu dès que la moitié de l'équipe a commencé à travailler depuis chez elle et nous ne savons plus quoi faire

Benoit Martin : Nous photographions le tableau chaque matin.

Lucie Girard : Les équipes autonomes dans une grande entreprise

Une équipe autonome choisit elle-même comment elle découpe son travail chaque semaine.
"""


def test_a_long_turn_without_a_stop_is_the_speakers():
    assert speaker_at(ingest_text(REPORT, "notes.txt"), "tableau physique a disparu") == "Claire Durand"


def test_a_short_title_line_is_still_a_talk_heading():
    assert speaker_at(ingest_text(REPORT, "notes.txt"), "Les équipes autonomes dans une grande") is None
