"""Standards-body minutes add the capacity a person speaks in to their label ("mnot, as individual:", "MNot with
chair hat:"), and give a short form in brackets once ("Mark Nottingham (mnot), as individual:", "Martin Thomson
(MT):"): the turns under the short form, in any case ("mnot:", "mt:"), are that person's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """HTTP Working Group Minutes - IETF 120

Deprecation of Content-Location

Mark Nottingham (mnot), as individual: we shouldn't act based on what random websites write about HTTP.

Roy Fielding: we do not need to deprecate the header at all.

mnot, as individual: I agree with Roy saying that we don't need to deprecate.

Tommy Pauly: so we keep it as it is then.

MNot with chair hat: I'll take this to the list and call for adoption.

Martin Thomson (MT): this should not be normative, but we should still do it.

Ben Schwartz: the text could explain why upgrade matters for the body.

mt: Location would tell you where to go in the future.
"""


def test_capacity_after_short_form_is_the_declared_person():
    assert speaker_at(ingest_text(MINUTES, "minutes.md"), "I agree with Roy") == "Mark Nottingham"


def test_chair_hat_label_is_the_declared_person():
    assert speaker_at(ingest_text(MINUTES, "minutes.md"), "call for adoption") == "Mark Nottingham"


def test_lower_case_short_form_is_the_declared_person():
    assert speaker_at(ingest_text(MINUTES, "minutes.md"), "where to go in the future") == "Martin Thomson"


def test_capacity_is_no_part_of_the_name():
    assert all("individual" not in p.name for p in ingest_text(MINUTES, "minutes.md").participants)
