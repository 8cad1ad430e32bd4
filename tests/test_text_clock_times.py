"""A recording app's export copied to text keeps each turn's clock; the passages carry it, so an answer cites when a
quote was said, as it does for subtitle files. Times that go back, or fewer than four, are no recording's clock."""
from __future__ import annotations

from quidit.ingest import ingest_text
from quidit.ingest.clock_times import clock_marks, seconds

OTTER = """Jane Roe  0:01
Welcome everyone to the meeting. We have a lot to cover today.

John Smith  0:15
Thanks Jane. I will start with the budget for next year.

Jane Roe  1:02
Great. Any questions on that point from the board?

Ann Lee  1:21
Yes, I wonder about the reserve fund and its size.

John Smith  1:43
The reserve fund stays at two million dollars.
"""

TEAMS = """0:0:1.200 --> 0:0:4.000
Laura Gómez
Mil gracias por atender nuestra invitación.

0:0:5.900 --> 0:0:8.930
Gonzalo Arango
No sé, movió algo y se desconectó.

0:0:9.490
Laura Gómez
Caramba, dame un segundito.

0:1:11.380
Gonzalo Arango
Tranquila, yo estoy jubilado y tengo tiempo.
"""


def _passage(t, words):
    return next(p for p in t.passages if words in p.text)


def test_a_name_line_clock_times_its_turn():
    assert _passage(ingest_text(OTTER, "otter.txt"), "reserve fund stays").where() == "00:01:43"


def test_a_turn_ends_where_the_next_clock_starts():
    p = _passage(ingest_text(OTTER, "otter.txt"), "wonder about the reserve")
    assert (p.start_s, p.end_s) == (81.0, 103.0)


def test_a_clock_line_over_the_name_times_its_turn():
    assert _passage(ingest_text(TEAMS, "teams.txt"), "yo estoy jubilado").where() == "00:01:11"


def test_unpadded_clock_reads_hours_minutes_seconds():
    assert seconds("0:1:10.130") == 70.13 and seconds("1:02") == 62.0 and seconds("0:0:-7.-650") == 0.0


def test_times_of_day_in_notes_read_as_hours_and_minutes():
    notes = "\n\n".join(f"{h} Mark notes that the session goes on with item {i}." for i, h in
                        enumerate(["9:30", "9:41", "10:02", "10:17"]))
    assert [s for _, s, _ in clock_marks(*_clean(notes))][:2] == [9 * 3600 + 30 * 60, 9 * 3600 + 41 * 60]


def test_clocks_that_go_back_are_no_recording():
    back = OTTER.replace("1:21", "0:05")
    assert all(p.start_s is None for p in ingest_text(back, "o.txt").passages)


def test_a_sentence_ending_with_a_time_is_no_clock():
    prose = "\n\n".join(f"the meeting went on until {h}" for h in ["0:10", "0:20", "0:31", "0:43"])
    assert clock_marks(*_clean(prose)) == []


def _clean(text):
    from quidit.ingest.cleaning import clean

    ct = clean(text)
    return ct.text, ct.line_starts


ZOOM_SAVED = """[Jane Roe] 10:03:45
Welcome everyone to the meeting today.

[John Smith] 10:03:58
Thanks Jane. I will start with the budget.

[Jane Roe] 10:04:20
Great. Any questions on that?

[Ann Lee] 10:04:31
Yes, about the reserve fund.
"""


def test_a_saved_zoom_transcripts_bracketed_name_and_clock_open_a_turn():
    from said import speaker_at

    assert speaker_at(ingest_text(ZOOM_SAVED, "zoom.txt"), "I will start with the budget") == "John Smith"


def test_a_saved_zoom_transcripts_clock_times_the_turn():
    assert _passage(ingest_text(ZOOM_SAVED, "zoom.txt"), "reserve fund").where() == "10:04:31"
