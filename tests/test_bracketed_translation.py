"""A parliament's record prints the translation of words spoken in another language in square brackets after them,
announced by a note ("(Translation of Sesotho paragraph follows.)") or taking the speech up on an ellipsis ("[... we
are aware that …]"): the speaker's words, and the turn goes on after them; a short bracketed note is still the
record's. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """NOTICES OF MOTION

Mr T K ROSSOUW

Mr Speaker, I hereby give notice that I shall move on behalf of the DA that the House debates rural roads.

Ms P N DLAMINI

Mr Speaker, I hereby give notice that I shall move on behalf of the ANC that the House debates clinics.

Dr A B KRUGER

Mr Speaker, I hereby give notice that I shall move on behalf of the FF Plus that the House debates water.

The DEPUTY MINISTER OF POLICE

Speaker, ... re a tseba hore Mopresidente o hlomamisitse Khomishene. (Translation of Sesotho paragraph follows.)

[We know that the President has set up a commission to look into the conditions of the workers.]

This is not only about one incident at one mine in the province.

Ha ke tsebe le hore o bua ka eng.

[... I do not even know what the hon member is talking about today.]

[Interjections.]

The SPEAKER

Order, hon members! The member from the DA may now proceed with the statement.
"""


def test_translation_announced_by_a_note_is_the_speakers():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "We know that the President") == "The DEPUTY MINISTER OF POLICE"


def test_turn_goes_on_after_the_translation():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "This is not only about one incident") == "The DEPUTY MINISTER OF POLICE"


def test_translation_resumed_on_an_ellipsis_is_the_speakers():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "I do not even know what") == "The DEPUTY MINISTER OF POLICE"


def test_short_bracketed_note_is_nobodys():
    t = ingest_text(RECORD, "hansard.txt")
    assert speaker_at(t, "[Interjections.]") is None
