"""A turn whose initials label lost its colon ("SA ouais ! Du coup…" among "SA : …" turns) is that person's turn.
Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TALK = """Stéphanie Aubert (SA) : Bonjour, on va vous parler de revue de code.

Marc Perrin (MP) : alors en fait, on a préparé quelques exemples.

SA : beaucoup d'exemples même.

MP : et on commence par le plus simple.

SA : voilà.

MP : ensuite le plus dur.

SA : c'est vrai.

MP : vas-y tu veux le faire ?

SA ouais ! Du coup pour continuer sur les désaccords en revue.
Donc il faut pas hésiter à demander un troisième avis.

MP : voilà ce qui est important en tout cas.
"""

# the initials label turns once only with their colon: a dropped colon is not read
ONCE = """Stéphanie Aubert (SA) : Bonjour, on va vous parler de revue de code.

Marc Perrin (MP) : alors en fait, on a préparé quelques exemples.

MP : et on commence par le plus simple.

MP : vas-y tu veux le faire ?

SA ouais ! Du coup pour continuer sur les désaccords en revue.
Donc il faut pas hésiter à demander un troisième avis.
"""

# an acronym opening a paragraph, then a capital: a sentence of the turn, not a label
CAPITAL_AFTER = TALK.replace("SA ouais ! Du coup", "MP : et puis.\n\nSA Filiale du groupe, du coup")


def test_dropped_colon_opens_the_turn():
    t = ingest_text(TALK, "talk.txt")
    assert speaker_at(t, "pour continuer sur les désaccords") == "Stéphanie Aubert"
    assert speaker_at(t, "demander un troisième avis") == "Stéphanie Aubert"


def test_initials_labelled_once_are_not_enough():
    t = ingest_text(ONCE, "talk.txt")
    assert speaker_at(t, "demander un troisième avis") != "Stéphanie Aubert"


def test_capital_after_the_initials_is_no_label():
    t = ingest_text(CAPITAL_AFTER, "talk.txt")
    assert speaker_at(t, "demander un troisième avis") == "Marc Perrin"
