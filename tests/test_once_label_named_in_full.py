"""A label used once ("Yurii: …") in a transcript whose other labels hold is a turn when it is the first name of a full
name the text wrote before it (the organisers' list "Yurii Rashkovskii, Omnigres"): that person speaks, by full name."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

HEAD = """Mini Summit Transcript

Other organizers are also here:
Yurii Rashkovskii, Omnigres
Keith Fiske, Crunchy Data

Floor: Welcome to the panel on packaging.

Sonia: Thank you for having me.

Floor: What do you look at first?

Sonia: The documentation, always.

Floor: Any questions from the room?

"""

ONCE = HEAD + """Yurii: There was a good point about operating system packages. The packagers are overloaded.

Floor: Thank you, that is all for today.
"""

UNNAMED = HEAD + """Update: There was a good point about operating system packages. The packagers are overloaded.

Floor: Thank you, that is all for today.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "panel.txt")
    return speaker_at(t, fragment)


def test_a_once_label_named_in_full_before_opens_a_turn():
    assert _speaker(ONCE, "The packagers are overloaded") == "Yurii Rashkovskii"


def test_the_once_speaker_is_listed_by_full_name():
    assert "Yurii Rashkovskii" in [p.name for p in speakers_of(ingest_text(ONCE, "panel.txt"))]


def test_a_once_label_the_text_never_names_in_full_is_no_turn():
    # near miss: "Update:" is no one's first name; the last speaker goes on
    assert _speaker(UNNAMED, "The packagers are overloaded") == "Floor"
