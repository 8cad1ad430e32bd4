"""English minutes in reported speech whose members answer, wonder, remind or announce ("JHD countered that…", "AMC
wondered about…", "AS reminded the meeting that…", "X announced…", "X clarified that…"): speech verbs
(`lexicon.SPEECH_VERB`), so the sentence is the member's, not the last speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Minutes of the board meeting

Present: Jane Roe, Bob Lane, Kim Stone.

Jane Roe said that the accounts for the year had been audited and were in good order.
Bob Lane countered that the auditors had not yet seen the receipts for the new equipment.
Kim Stone wondered whether the receipts could be sent to the auditors before the end of the month.
Jane Roe reminded the meeting that the auditors would need the receipts by the first of June.
Bob Lane announced the date of the summer workshop for all the members of the society.
Kim Stone encountered the auditors at the station on her way to the office last week.
"""


def _speaker(fragment: str) -> str | None:
    return speaker_at(ingest_text(EN, "minutes.txt"), fragment)


def test_countered_reports_the_members_answer():
    assert _speaker("the auditors had not yet seen") == "Bob Lane"


def test_wondered_reports_the_members_question():
    assert _speaker("the receipts could be sent") == "Kim Stone"


def test_reminded_the_meeting_reports_the_members_words():
    assert _speaker("would need the receipts by the first") == "Jane Roe"


def test_announced_reports_the_members_words():
    assert _speaker("the date of the summer workshop") == "Bob Lane"


def test_a_verb_of_meeting_someone_is_not_one_of_saying():
    assert _speaker("encountered the auditors at the station") != "Kim Stone"
