"""A label glued from a given name and a surname's initial ("NoahM:") beside a listed full name (Noah Meyerhans) is
that person, when exactly one listed person fits. One behaviour per test, with near misses."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import GLUED_INITIAL
from quidit.ingest.pipeline import speakers_of

NOTES = """Packaging meeting minutes

Present: Noah Meyerhans, Chad Smith, Brett Holman

Backports

NoahM: Would it make sense to generalise the process?
Chad: We can try that next quarter.
NoahM: Then I will draft it.
"""


def test_glued_initial_is_the_listed_person():
    t = ingest_text(NOTES, "m.txt")
    assert speaker_at(t, "Would it make sense") == "Noah Meyerhans"


def test_glued_initial_is_not_listed_twice():
    t = ingest_text(NOTES, "m.txt")
    assert "NoahM" not in {s.name for s in speakers_of(t)}


def test_two_fits_keep_the_label():
    # near miss: two listed Noahs whose surnames start with M: the label stays as written
    t = ingest_text(NOTES.replace("Brett Holman", "Noah Miller"), "m.txt")
    assert speaker_at(t, "Would it make sense") == "NoahM"


def test_pattern_wants_one_capital_after_a_given_name():
    assert GLUED_INITIAL.match("NoahM") and GLUED_INITIAL.match("AlexT")
    assert GLUED_INITIAL.match("NellWaliczek") is None and GLUED_INITIAL.match("Noah") is None
