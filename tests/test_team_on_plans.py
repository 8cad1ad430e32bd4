"""In a French conference write-up by a company's developers, "on" planning what to do with the talk's tool ("On
envisage de l'ajouter au projet smart TV", "On va le tester chez nous") is the writers' team, nobody's words; the
talk's "on" telling what one can do ("On peut mettre des warnings…") stays the talk's. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import TEAM_ON_PLANS

NOTES = """We love speed 2024

Nous avons eu la chance de participer à la conférence.

Web Performance Testing - Estela Franco

Lighthouse mesure la performance des applications web dans une CI.
{sentence}

Conclusion
"""


def _notes(sentence: str):
    return ingest_text(NOTES.format(sentence=sentence), "notes.txt")


def test_team_planning_is_nobodys():
    t = _notes("On envisage de l'ajouter au projet smart TV pour un rapport quotidien.")
    assert speaker_at(t, "On envisage") is None


def test_team_going_to_try_it_is_nobodys():
    assert TEAM_ON_PLANS.match("Mais on va le tester sur notre application.") is not None


def test_talks_generic_on_stays_the_speakers():
    t = _notes("On peut mettre des warnings, voire des erreurs empêchant de merger.")
    assert speaker_at(t, "On peut mettre") == "Estela Franco"
