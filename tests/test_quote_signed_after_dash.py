"""A line of running notes that is a quotation signed after a dash ('[Quotable]: "You have to deal with me…" --
Tomas B', '« Le web est lent » — Jeanne Roux') is the signer's words when the signature names someone the text
knows; a signature that names nobody known leaves the line as it was."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Summit notes, day 1

Roundtable: release cadence
Chaired by: Marta Olsen

Tomas B: Need more conspicuous breaking changes in the release notes.
Lena K: Would it make sense to generalize the release process for other distros?
[Quotable]: "You have to deal with me if you want the stuff" -- Tomas B
"Ship it when it is ready, not before" -- Arthur Quill
Lena K: Can we add a prefix in the commit message to tell fixes from features?
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "notes.txt"), fragment)


def test_a_quotation_signed_after_a_dash_is_the_signers():
    assert _speaker(NOTES, "You have to deal with me") == "Tomas B"


def test_a_signature_naming_nobody_the_text_knows_gives_the_quote_to_no_one_new():
    assert _speaker(NOTES, "Ship it when it is ready") != "Arthur Quill"


def test_the_next_tag_speaks_after_the_signed_quote():
    assert _speaker(NOTES, "Can we add a prefix") == "Lena K"
