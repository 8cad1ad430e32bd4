"""WhisperX's cue line over a turn's words: the time span, then the voice or the speaker in brackets
("00:10.191 --> 01:49.204 [SPEAKER_00]"); the words run on, unlabelled, until the next cue line."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

VOICES = """00:10.191 --> 01:49.204 [SPEAKER_00]
Muy buenas noches.

Uno de los cuatro candidatos que hoy nos acompañan será el próximo presidente.
Empezamos por el señor Rivera.

01:50.484 --> 02:51.642 [SPEAKER_01]
Bueno, en primer lugar, buenas noches a todos los españoles.
Quiero dedicar los primeros segundos a las víctimas del terrorismo.

02:52.261 --> 03:45.525 [SPEAKER_00]
Gracias, señor Rivera, tiene ahora la palabra el señor Iglesias.
"""

NAMES = """00:00.000 --> 00:41.310 [Jane Roe]
Good evening and welcome to the town hall on the new library.

00:41.500 --> 01:30.020 [John Smith]
Thank you, Jane. The library will open in the spring.
It will hold forty thousand books.
"""


def test_voice_in_brackets_after_a_time_span_opens_a_turn():
    assert speaker_at(ingest_text(VOICES, "debate.txt"), "Quiero dedicar los primeros segundos") == "SPEAKER_01"


def test_the_turn_ends_at_the_next_cue_line():
    assert speaker_at(ingest_text(VOICES, "debate.txt"), "tiene ahora la palabra") == "SPEAKER_00"


def test_name_in_brackets_after_a_time_span_opens_a_turn():
    assert speaker_at(ingest_text(NAMES, "townhall.txt"), "It will hold forty thousand books") == "John Smith"
