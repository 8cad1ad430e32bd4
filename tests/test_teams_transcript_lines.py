"""A Microsoft Teams transcript writes each turn as "Name (m:ss):" on a line of its own with the words under it, opens
and closes with its own narration of who started or stopped the transcription ("Jane Roe started transcription",
"ISAAC ORTIZ inició la transcripción"), and an exported transcript often ends with credits ("Transcripción realizada
por Microsoft Teams.", "Revisada y editada por …"). The label line opens the named person's turn; the narration and
the credits are nobody's words, not the last speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import TIME_NAME_LINE
from quidit.ingest.lexicon import TOOL_NOTE_LINE

TEAMS_ES = """Reunión semanal del equipo

Ana Gil Pérez inició la transcripción.

Ana Gil Pérez (0:03):
Buenos días a todos, empezamos con el presupuesto del año que viene.

LUIS MORA DÍAZ (0:12):
Las cifras llegaron ayer por la tarde, las comparto en un minuto.

Ana Gil Pérez (0:25):
Perfecto, entonces revisamos los gastos del primer trimestre.

Ana Gil Pérez detuvo la transcripción.

Transcripción realizada por Microsoft Teams.
Revisada y editada por LUIS MORA DÍAZ
"""

TEAMS_MIXED = """Weekly call

Speaker 1 (0:03):
Good morning everyone, let us start with the budget for next year.

Jane Roe (0:12):
The numbers came in last night, I will share them in a minute.

Speaker 1 (0:25):
Perfect, then we look at the spending of the first quarter.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "call.txt"), fragment)


def test_a_name_with_its_time_in_brackets_and_a_colon_opens_the_turn():
    assert _speaker(TEAMS_ES, "Las cifras llegaron") in ("LUIS MORA DÍAZ", "Luis Mora Díaz")


def test_a_named_teams_label_among_numbered_voices_opens_its_turn():
    assert _speaker(TEAMS_MIXED, "numbers came in last night") == "Jane Roe"


def test_the_tool_narration_of_who_stopped_the_transcription_is_nobodys():
    assert _speaker(TEAMS_ES, "detuvo la transcripción") is None


def test_the_tool_credit_under_the_last_turn_is_nobodys():
    assert _speaker(TEAMS_ES, "Transcripción realizada por Microsoft Teams") is None


def test_the_editor_credit_under_the_last_turn_is_nobodys():
    assert _speaker(TEAMS_ES, "Revisada y editada por") is None


def test_the_english_narration_is_a_tool_note():
    assert TOOL_NOTE_LINE.match("Jane Roe started transcription") is not None


def test_the_french_narration_is_a_tool_note():
    assert TOOL_NOTE_LINE.match("Marie Dupont a arrêté la transcription") is not None


def test_near_miss_a_speaker_saying_they_stopped_the_transcription_is_speech():
    assert TOOL_NOTE_LINE.match("We stopped the transcription.") is None


def test_near_miss_a_sentence_opening_with_a_participle_is_no_credit():
    assert TOOL_NOTE_LINE.match("Edited by the committee, the report was then sent to the board in May.") is None


def test_near_miss_a_name_and_time_with_words_after_the_colon_is_no_label_line():
    assert TIME_NAME_LINE.match("Jane Roe (0:12): The numbers came in last night.") is None


def test_the_credit_line_is_linear_on_a_long_line():
    assert TOOL_NOTE_LINE.match("Edited by " + "Jane " * 20000 + "?") is None
