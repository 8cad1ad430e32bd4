"""A briefing's transcript labels an office in capitals with its article ("THE VICE PRESIDENT:"), though its prose
writes "the Vice President" too: the label is the office holder's turn, not a thing named after an article. Written
for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

BRIEFING = """THE PRESIDENT:  Thank you very much. We will talk about testing today, and about the guidelines that the Vice President talked about.

THE VICE PRESIDENT:  Well, good afternoon, everyone. We have now cleared more than 2 million tests across the country.

Q  Mr. Vice President, can you say more about the tests in the states?

THE VICE PRESIDENT:  Yes. The states are doing a great job with the drive-through testing sites.

THE PRESIDENT:  Thank you, Mike. Great job.
"""


def test_an_office_label_in_capitals_with_its_article_is_a_turn():
    t = ingest_text(BRIEFING, "briefing.txt")
    assert speaker_at(t, "cleared more than 2 million tests") == "Vice President"
