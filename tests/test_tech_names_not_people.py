"""Minutes whose sentences open with a programming language or a program and a verb, as a member's would ("Java
provides load-on-demand…", "Prolog does not understand binding…"): the word names no one the attendance list
forgot (`lexicon.TECH_NAMES`), while an unlisted one-word name with its verb still is a member ("Laurent propose…" where the list gives one-word
names)."""
from __future__ import annotations

from quidit.ingest import ingest_text

EN = """Notes of the working group meeting

Present: Cohen (AMC), Riem (MR).

MR spoke to this issue, based on work going on at the university.
Java provides load-on-demand, so it would be possible for the phrasebook to load new modules when needed.
Prolog does not understand binding, so the library has to add its own binder for the new terms.
"""

FR = """Compte rendu de la réunion

Présents : Martin, Girard, Faure.

Python permet de charger les modules à la demande pour les nouveaux dictionnaires du projet.

Laurent propose de préparer une démonstration du chargement des modules pour la prochaine réunion.
"""


def _names(doc: str) -> set[str]:
    return {p.name for p in ingest_text(doc, "minutes.txt").participants}


def test_a_programming_language_opening_a_sentence_is_no_person():
    assert "Java" not in _names(EN)


def test_a_language_with_a_negated_verb_is_no_person():
    assert "Prolog" not in _names(EN)


def test_a_french_sentence_on_a_language_names_no_one():
    assert "Python" not in _names(FR)


def test_an_unlisted_first_name_with_its_verb_is_still_a_member():
    assert "Laurent" in _names(FR)
