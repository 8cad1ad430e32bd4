"""A Québec Journal des débats exported from its PDF: turns "Le Président (M. Bachand) : …" and "M. Caire : …"
wrapped over lines, the clock between bullets on a line of its own ("• (11 h 20) •"), and a speaker's own sentence
that runs up to a colon ("Alors, l'objectif était de dire : D'accord…"). The clock is no part of the next turn's
label, and the sentence is no label. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

JOURNAL = """Journal des débats
11 h (version révisée)

(Onze heures dix-neuf minutes)
Le Président (M. Bachand) :À l'ordre, s'il vous plaît! Alors, je déclare la séance de la Commission des
institutions ouverte ayant constaté le quorum.
Avant de débuter, Mme la secrétaire, y a-t-il des remplacements?
La Secrétaire : Oui, M. le Président. M. Birnbaum (D'Arcy-McGee) est remplacé
par M. Barrette (La Pinière) et Mme Hivon (Joliette) est remplacée par M. Ouellet
• (11 h 20) •
Le Président (M. Bachand) : Je vous informe que les votes pour ce mandat devront
se tenir par appel nominal, et ce, jusqu'au 14 mai 2021.
M. Caire : Merci, M. le Président. On a réfléchi à cette question-là de façon assez intense.
Alors, l'objectif était de dire : D'accord, deux objectifs, puis là je pense que
l'amendement du ministre répond au premier, on pourrait en discuter.
Alors, d'avoir un cadre réglementaire qui viendrait dire : Bon, bien, voici ce que
vous pouvez faire avec, ça devient à peu près impossible comme exercice.
M. Tanguay : Merci beaucoup, M. le Président. Je veux revenir sur l'amendement du ministre.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(JOURNAL, "journal.txt"), fragment)


def test_a_label_under_the_bulleted_clock_opens_the_turn():
    assert _speaker("les votes pour ce mandat") == "Bachand"


def test_a_sentence_up_to_its_colon_is_no_label():
    assert _speaker("répond au premier") == "M. Caire"


def test_a_discourse_word_makes_no_participant():
    names = [p.name for p in ingest_text(JOURNAL, "journal.txt").participants]
    assert "Alors" not in names
