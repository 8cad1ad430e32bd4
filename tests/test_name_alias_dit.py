"""A nickname after a name, which ends the sentence or the line ("Philippe Pitolli, dit karchnu", "Marie Curie, dite
« Mimi »", "Jane Roe, aka jroe"): French "dit" here means "known as", so the name does not speak. One behaviour per
test, with a near miss where "dit" is the speech verb."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import NAME_ALIAS

TALKS = """Réunion du club

Début de la réunion à 18 h 07

Conférences à venir

L’autohébergement, pourquoi c’est cool ? Philippe Martin, dit karchnu

Julie Roche rappelle que les inscriptions ferment vendredi.
"""


def test_alias_after_name_is_nobody():
    t = ingest_text(TALKS, "club.txt")
    assert speaker_at(t, "dit karchnu") is None


def test_alias_pattern_needs_the_sentence_to_end():
    assert NAME_ALIAS.match(", dit karchnu\n")
    assert NAME_ALIAS.match(", dite « Mimi »")
    assert NAME_ALIAS.match(", aka jroe")
    # near miss: "dit que …" and "dit-il" are speech
    assert NAME_ALIAS.match(", dit que le projet avance.") is None
    assert NAME_ALIAS.match(", dit-il.") is None


def test_dit_que_still_speaks():
    # near miss: the same name with "dit que" is the speaker
    text = TALKS.replace("Philippe Martin, dit karchnu", "Philippe Martin dit que oui.")
    t = ingest_text(text, "club.txt")
    assert speaker_at(t, "dit que oui") == "Philippe Martin"
