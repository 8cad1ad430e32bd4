"""Patterns that ran in quadratic time on long runs: the sentence boundary and the e-mail pattern now start only
where a run starts (`(?<![.!?…])`, `(?<![\\w.+-])`), and a talk heading's title is at most 200 characters. Fuzzed texts of
70,000 characters of repeated dots, letters and dashes took 83 s and several minutes to ingest; now about a second
each. The behaviour on ordinary text is unchanged. Written for the test."""
from __future__ import annotations

from quidit.ingest.lexicon import ACCOUNT_WRITING
from quidit.ingest.sentences import split_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


def test_a_run_of_stops_still_ends_the_sentence():
    assert _sentences("Il hésite... Puis il vote pour.") == ["Il hésite...", "Puis il vote pour."]


def test_an_ellipsis_and_a_bracket_still_end_the_sentence():
    assert _sentences("Nous verrons bien…) Alors on vote.") == ["Nous verrons bien…)", "Alors on vote."]


def test_an_initial_still_does_not_end_the_sentence():
    assert _sentences("J. Smith said yes. Then we voted.") == ["J. Smith said yes.", "Then we voted."]


def test_an_address_is_still_found_whole():
    assert ACCOUNT_WRITING.search("écrire à leticia.uribe@clinica.mx demain").group(0) == "leticia.uribe@clinica.mx"


def test_an_address_inside_a_word_run_is_found_from_its_start():
    assert ACCOUNT_WRITING.search("(jane+notes@example.org)").group(0) == "jane+notes@example.org"


def test_a_talk_heading_is_still_read():
    from quidit.ingest.lexicon import TALK_HEADING

    assert TALK_HEADING.match("Modern Async JS - Christophe Porteneuve").group("who") == "Christophe Porteneuve"


def test_a_line_longer_than_any_title_is_no_talk_heading():
    from quidit.ingest.lexicon import TALK_HEADING

    assert TALK_HEADING.match("word " * 60 + "- Jane Roe") is None


def test_a_word_broken_at_a_line_end_is_still_joined():
    from quidit.ingest.cleaning import clean

    text = "La délibération est adoptée ce soir.\nLa dé-\nlibération suivante est longue.\n"
    assert "La délibération suivante" in clean(text).text


def test_a_roster_entry_line_with_a_speech_verb_below_it_still_ends_the_roster():
    from quidit.ingest import ingest_text

    t = ingest_text("Présents :\nM. Jean Dupont, maire\nMme Anne Roux, adjointe\n\nM. Jean Dupont, maire, ouvre la séance.\n",
                    "cm.txt")
    assert {p.name for p in t.participants} >= {"Jean Dupont", "Anne Roux"}
