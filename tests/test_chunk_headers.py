"""A speech-to-text pipeline that transcribes a recording piece by piece writes a header over each piece ("Timestamp :
[0.0, 442.88] / ['SPEAKER_00', …]:", "[00:01:02 --> 00:01:30]", "Segmento 2"): layout, never a speaker, and since the
pieces are cut by length a header may fall inside a turn, which goes on under it until the next label."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import CHUNK_HEADER

FR = """Compte-rendu

Timestamp : [0.0, 442.88] / ['SPEAKER_00', 'SPEAKER_01']:

SPEAKER_00: Bonjour à tous, on commence par le budget de cette année.
SPEAKER_01: Oui, les chiffres sont arrivés hier soir par mail.
Timestamp : [440.1, 800.5] / ['SPEAKER_01', 'SPEAKER_00']:

Et donc on les regarde ensemble maintenant.
SPEAKER_00: Parfait, alors regardons les dépenses du premier trimestre.
"""

EN = """Weekly call

[00:00:01 --> 00:00:09]
Speaker 1: Good morning, let us start with the budget for the year.
Speaker 2: Yes, the numbers came in last night by mail and

[00:00:09 --> 00:00:20]
we can go through them together now.
Speaker 1: Great, then we look at the spending of the first quarter.
"""

ES = """Reunión semanal

Segmento 1
Hablante 1: Buenos días, empezamos con el presupuesto del año.
Hablante 2: Sí, las cifras llegaron ayer por la tarde.

Segmento 2
Las revisamos juntos ahora mismo.
Hablante 1: Perfecto, entonces revisamos los gastos del trimestre.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "call.txt"), fragment)


def test_a_timestamp_chunk_header_is_nobodys():
    assert _speaker(FR, "[440.1, 800.5]") is None


def test_a_chunk_header_is_never_listed_as_a_speaker():
    t = ingest_text(FR, "call.txt")
    assert "Timestamp" not in {s.speaker for s in t.sentences}


def test_the_turn_goes_on_under_a_chunk_header():
    assert _speaker(FR, "on les regarde ensemble") == "SPEAKER_01"


def test_a_time_span_header_stays_off_the_next_label():
    assert _speaker(EN, "Good morning") == "Speaker 1"


def test_a_time_span_header_falls_inside_a_turn_without_ending_it():
    assert _speaker(EN, "go through them together") == "Speaker 2"


def test_a_spanish_segment_header_does_not_end_the_turn():
    assert _speaker(ES, "Las revisamos juntos") == "Hablante 2"


def test_near_miss_a_timestamped_turn_is_not_a_header():
    assert CHUNK_HEADER.match("[00:01:02] SPEAKER_00: hola a todos") is None


def test_near_miss_a_footnote_mark_alone_is_not_a_header():
    assert CHUNK_HEADER.match("[1]") is None


def test_near_miss_a_sentence_about_a_segment_is_not_a_header():
    assert CHUNK_HEADER.match("Segment 3 : la suite du programme") is None
