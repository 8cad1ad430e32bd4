"""A presenter's turn that ends by playing a sound bite ("Écoutez Léa Martin.", "Listen to Jane Roe.", or a bare
"Écoutez" after telling about someone) hands the air to that voice: the next paragraph, unlabelled, is theirs — the
person the cue names, else, before a quotation, the last full name the turn tells about that is no complement ("face à
la Chinoise X") and no presenter. One behaviour per test, with near misses."""
from __future__ import annotations

import time

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import LISTEN_CUE, TURN_NAME

NEWS = """Journal du soir

Claire Dubois : Bonsoir, bienvenue dans ce journal.

Paul Mercier : Bonsoir Claire, bonsoir à tous.

Claire Dubois : Place au tennis. {story} {cue}

{bite}

Paul Mercier : Merci. C'est la fin de ce journal.
"""
STORY = "Avec les débuts réussis de Léa Martin. La Française s'est qualifiée face à la Suissesse Anna Keller. Elle est ravie."
BITE = "« J'ai bien joué aujourd'hui, je suis contente de mon match. »"


def news(story: str = STORY, cue: str = "Écoutez", bite: str = BITE) -> str:
    return NEWS.format(story=story, cue=cue, bite=bite)


def test_named_cue_plays_that_voice():
    t = ingest_text(news(cue="Écoutez Léa Martin."), "j.txt")
    assert speaker_at(t, "J'ai bien joué") == "Léa Martin"


def test_english_named_cue_without_quotes():
    t = ingest_text(news(cue="Listen to Anna Keller.", bite="I played well today, I am happy with my match."), "j.txt")
    assert speaker_at(t, "I played well today") == "Anna Keller"


def test_bare_cue_plays_the_one_the_turn_told_about():
    t = ingest_text(news(), "j.txt")
    assert speaker_at(t, "J'ai bien joué") == "Léa Martin"


def test_sound_bite_ends_at_the_next_label():
    t = ingest_text(news(), "j.txt")
    assert speaker_at(t, "C'est la fin de ce journal") == "Paul Mercier"


def test_bare_cue_before_unquoted_words_keeps_the_presenter():
    # near miss: no name in the cue and no quotation after it: nothing says a recording plays
    t = ingest_text(news(bite="J'ai bien joué aujourd'hui, je suis contente de mon match."), "j.txt")
    assert speaker_at(t, "J'ai bien joué") == "Claire Dubois"


def test_complement_only_keeps_the_presenter():
    # near miss: the only full name is the opponent's ("face à la Suissesse Anna Keller"): nobody to hand over to
    t = ingest_text(news(story="La Française s'est qualifiée face à la Suissesse Anna Keller. Elle est ravie."), "j.txt")
    assert speaker_at(t, "J'ai bien joué") == "Claire Dubois"


def test_singular_listen_is_no_cue():
    # near miss: "Écoute." is a speaker's word to the other in a dialogue, not a recording played
    assert LISTEN_CUE.match("Écoute.") is None and LISTEN_CUE.match("Listen.") is None
    assert LISTEN_CUE.match("Écoutez") is not None and LISTEN_CUE.match("Escuchemos a Ana Gil.").group("name") == "Ana Gil"


def test_listen_patterns_are_linear_on_long_lines():
    t0 = time.perf_counter()
    assert LISTEN_CUE.match("Écoutez " + "Aa " * 20000 + "b.") is None
    assert len(TURN_NAME.findall("Aa " * 30000)) == 6000
    t = ingest_text(news(story="Léa Martin joue. " + "Elle gagne encore " * 3000), "j.txt")
    assert speaker_at(t, "J'ai bien joué") in ("Léa Martin", "Claire Dubois")
    assert time.perf_counter() - t0 < 20.0
