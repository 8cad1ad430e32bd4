"""A record's narration that the presiding officer "took the Chair" names the seat, not a speaker: the Chair does
not speak in that sentence; the Chair that asks or says something still does. Each rule on a small text written for
the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import SEAT_TAKEN


def test_seat_taken_words():
    assert SEAT_TAKEN.search("The Speaker took the ")
    assert SEAT_TAKEN.search("la présidente occupe le ")
    assert not SEAT_TAKEN.search("and then ")


def test_chair_taken_is_no_speaker():
    t = ingest_text("The House met at 14:00.\n\nThe Speaker took the Chair and requested members to observe a "
                    "moment of silence for prayers or meditation.\n", "hansard.txt")
    assert speaker_at(t, "took the Chair") is None


def test_chair_who_asks_still_speaks():
    t = ingest_text("The House met at 14:00.\n\nThe Chair requested members to observe a moment of silence for "
                    "prayers or meditation.\n", "hansard.txt")
    assert speaker_at(t, "requested members") is not None
