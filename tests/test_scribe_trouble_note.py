"""A call's notes, labelled by speakers' full names, where the scribe notes the call's own trouble in brackets at the
end of a turn ("[A/V difficulties…]", "(audio cut out)"): a sentence of the scribe's, nobody's words."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Measurement group, day 2

Ana Gil: We should settle the reporting window before lunch. Two options are on the table.

Bo Lind: I prefer the shorter window, it leaks less. [A/V difficulties…]

Carl Moe: The longer window is what advertisers asked for. We can revisit it next month.

Ana Gil: Let us write both down and vote on Thursday. (audio cut out)
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(NOTES, "notes.txt"), fragment)


def test_a_bracketed_note_of_the_call_s_trouble_is_nobody_s():
    assert _speaker("[A/V difficulties") is None


def test_the_turn_before_the_note_stays_the_speaker_s():
    assert _speaker("I prefer the shorter window") == "Bo Lind"
