"""A Teams transcript turned to text: each turn is a timestamp line written unpadded ("0:0:9.490"), sometimes as a
range ("0:0:5.900 --> 0:0:8.930") or with a negative offset before the recording's start ("0:0:-7.-650"), then the
speaker's name alone on the next line, then the words. The clock sets the name line apart, so the name opens a turn."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import CLOCK_LINE

TEAMS = """ENTREVISTA


0:0:-7.-650
Laura Gómez Restrepo
Mil gracias por atender nuestra invitación, Gonzalo. Te presento a Jaime, el investigador principal.


0:0:5.900 --> 0:0:8.930
Gonzalo Arango
No sé, movió algo y se desconectó.


0:0:9.490
Laura Gómez Restrepo
Caramba, dame un segundito, ya vuelvo.


0:0:11.380
Gonzalo Arango
Tranquila, no se preocupe. Yo estoy jubilado, o sea que yo tengo tiempo.


0:1:10.130
Jaime Borja Díaz
Pues mira, nosotros somos tres personas en el proyecto.
"""


def test_a_name_under_an_unpadded_clock_opens_a_turn():
    assert speaker_at(ingest_text(TEAMS, "teams.txt"), "Yo estoy jubilado") == "Gonzalo Arango"


def test_a_name_under_a_clock_range_opens_a_turn():
    assert speaker_at(ingest_text(TEAMS, "teams.txt"), "movió algo y se desconectó") == "Gonzalo Arango"


def test_a_name_under_a_negative_offset_opens_a_turn():
    assert speaker_at(ingest_text(TEAMS, "teams.txt"), "atender nuestra invitación") == "Laura Gómez Restrepo"


def test_a_verse_reference_is_no_clock():
    assert CLOCK_LINE.match("3:1") is None and CLOCK_LINE.match("12:5") is None
