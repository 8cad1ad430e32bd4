"""The writer's closing after a labelled exchange whose every turn is one paragraph opening with its label: the
unlabelled paragraphs after the last turn, when the first names someone of the exchange in the third person, are
nobody's. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

TURNS = """Five questions for a maintainer

Below is the exchange between Sam and Jane, held by mail last month.

Sam: How long have you maintained the project?

Jane: Six years now. I started by fixing the documentation.

Sam: What takes most of your time?

Jane: Reviews. Every week I read about twenty pull requests.

Sam: Would you do it again?

Jane: Without a doubt. It has been a lot of fun.

{closing}

This article was revised on 7 January and translated on 8 January.
"""

EN = TURNS.format(closing="As you can see, there is nothing magic about it, and as Jane says: keep contributing.")
VOCATIVE = TURNS.format(closing="Thank you, Jane, and good luck to everyone who is reading us tonight.")
FR = """Entretien avec une mainteneuse

Voici l'échange entre Paul et Léa.

Paul: Depuis quand maintiens-tu le projet ?

Léa: Depuis six ans. J'ai commencé par la documentation.

Paul: Qu'est-ce qui te prend le plus de temps ?

Léa: Les relectures. Je lis une vingtaine de demandes par semaine.

Paul: Le referais-tu ?

Léa: Sans aucun doute.

Comme vous pouvez le constater, il n'y a rien de magique, comme le dit Léa : il faut contribuer.
"""
SPLIT_TURN = EN.replace("Jane: Reviews. Every week I read about twenty pull requests.",
                        "Jane: Reviews. Every week I read about twenty pull requests.\n\nSome of them take a whole evening.")


def test_the_paragraph_after_the_last_turn_that_names_her_is_the_writers():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "As you can see, there is nothing magic") is None


def test_the_paragraphs_after_the_writers_closing_are_nobodys_too():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "This article was revised") is None


def test_the_last_turn_itself_stays_hers():
    t = ingest_text(EN, "en.txt")
    assert speaker_at(t, "It has been a lot of fun.") == "Jane"


def test_french_closing_comme_le_dit():
    t = ingest_text(FR, "fr.txt")
    assert speaker_at(t, "Comme vous pouvez le constater") is None


def test_near_miss_a_vocative_after_the_last_turn_carries_the_turn_on():
    t = ingest_text(VOCATIVE, "en.txt")
    assert speaker_at(t, "Thank you, Jane, and good luck") == "Jane"


def test_near_miss_turns_that_run_over_paragraphs_keep_the_last_speaker():
    t = ingest_text(SPLIT_TURN, "en.txt")
    assert speaker_at(t, "As you can see, there is nothing magic") == "Jane"
