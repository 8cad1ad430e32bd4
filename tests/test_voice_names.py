"""A speech-to-text export's numbered voice ("Speaker 3") takes the name the text ties to it: the chair's turn right
before the voice's first turn only calls someone ("Maître Vidal.", "Mr. Okafor, please.") or the voice says its own
name in its first turn. No call, a call followed by a named label, or one name for two voices: the number stays. One
behaviour per test, with near misses."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import CALLED_TURN


def _hearing(call: str, second_call: str = "Thank you.") -> str:
    return f"""Board of Appeal hearing

Chair Lindqvist (00:00:05): Good morning, we start with the appellant.

Speaker 1 (00:00:20): Thank you, Madam Chair, the appeal is about the permit.

Chair Lindqvist (00:02:10): {call}

Speaker 2 (00:02:14): Thank you, Madam Chair, the council agrees with the decision.

Chair Lindqvist (00:03:40): One more question on the dates.

Speaker 2 (00:03:52): The permit was refused in March.

Chair Lindqvist (00:04:30): {second_call}

Speaker 1 (00:04:35): We have nothing to add.
"""


def test_call_alone_names_the_next_voice():
    t = ingest_text(_hearing("Mr. Okafor."), "board.txt")
    assert speaker_at(t, "the council agrees") == "Okafor"
    assert speaker_at(t, "refused in March") == "Okafor"


def test_call_with_courtesy_word_names_the_next_voice():
    t = ingest_text(_hearing("Mr. Okafor, please."), "board.txt")
    assert speaker_at(t, "the council agrees") == "Okafor"


def test_turn_that_says_more_than_the_call_names_nobody():
    t = ingest_text(_hearing("I thank Mr. Okafor for his letter."), "board.txt")
    assert speaker_at(t, "the council agrees") == "Speaker 2"


def test_voice_not_first_called_keeps_its_number():
    t = ingest_text(_hearing("Mr. Okafor.", "Mr. Brandt."), "board.txt")
    assert speaker_at(t, "nothing to add") == "Speaker 1"  # the call comes after Speaker 1's first turn


def test_self_introduction_names_the_voice():
    text = _hearing("Thank you.").replace("Speaker 2 (00:02:14): Thank you,",
                                          "Speaker 2 (00:02:14): My name is Ada Okafor. Thank you,")
    t = ingest_text(text, "board.txt")
    assert speaker_at(t, "the council agrees") == "Ada Okafor"


def test_same_name_for_two_voices_names_neither():
    text = _hearing("Mr. Okafor.").replace("Chair Lindqvist (00:00:05): Good morning, we start with the appellant.",
                                           "Chair Lindqvist (00:00:05): Mr. Okafor.")
    t = ingest_text(text, "board.txt")
    assert speaker_at(t, "the appeal is about") == "Speaker 1"
    assert speaker_at(t, "the council agrees") == "Speaker 2"


def test_called_turn_shapes():
    assert CALLED_TURN.match("Maître Vidal.")
    assert CALLED_TURN.match("Señora López, adelante.")
    assert not CALLED_TURN.match("Merci, Maître Vidal.")
    assert not CALLED_TURN.match("Maître Vidal a raison.")
