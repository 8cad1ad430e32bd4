"""Diarization exports write a numbered voice's turn in other ways than "Name: words": the voice in brackets with no
colon ("[SPEAKER_1] Good morning"), the time after the voice ("SPEAKER_00 [00:00:01]: …"), or a time span with an
arrow before it ("[00:00:01 --> 00:00:05] SPEAKER_00: …"). Each opens the voice's turn, kept as the label."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import VOICE_LABEL

BRACKETED = """Weekly call

[SPEAKER_1] Good morning, let us start with the budget for the
[SPEAKER_2] Yes, the numbers came in last night by mail and
[SPEAKER_1] year. Then we look at the spending of the first quarter.
"""

TIME_AFTER = """Réunion

Locuteur 1 [00:00:01]: Bonjour à tous, on commence par le budget de cette année.
Locuteur 2 [00:00:05]: Oui, les chiffres sont arrivés hier soir par mail.
Locuteur 1 [00:00:09]: Parfait, alors regardons les dépenses du trimestre.
"""

SPAN_BEFORE = """Reunión semanal

[00:00:01.000 --> 00:00:05.000] SPEAKER_00: Buenos días, empezamos con el presupuesto del año.
[00:00:05.000 --> 00:00:09.000] SPEAKER_01: Sí, las cifras llegaron ayer por la tarde.
[00:00:09.000 --> 00:00:15.000] SPEAKER_00: Perfecto, entonces revisamos los gastos del trimestre.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "call.txt"), fragment)


def test_a_bracketed_voice_opens_its_turn_without_a_colon():
    assert _speaker(BRACKETED, "numbers came in") == "SPEAKER_2"


def test_a_bracketed_voice_line_never_runs_on_into_the_line_before():
    assert _speaker(BRACKETED, "spending of the first quarter") == "SPEAKER_1"


def test_a_time_after_the_voice_stays_out_of_the_label():
    assert _speaker(TIME_AFTER, "les chiffres sont arrivés") == "Locuteur 2"


def test_a_time_span_with_an_arrow_before_the_label_is_layout():
    assert _speaker(SPAN_BEFORE, "las cifras llegaron") == "SPEAKER_01"


def test_near_miss_a_bracketed_word_is_no_voice():
    assert VOICE_LABEL.match("[Applause] Thank you all for coming.") is None


def test_near_miss_a_bracketed_voice_alone_on_its_line_is_no_turn_opening():
    assert VOICE_LABEL.match("[SPEAKER_1]") is None
