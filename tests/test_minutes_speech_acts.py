"""Acts of speech the minutes write as deeds: the chair calling the meeting to order, a member giving a report, a
member tabling a paper ("dépose sur le bureau"), a decision line ("CONSENSED: …") that names no one. Written for the
test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.labels import parse_label

BOARD = """Open Source Voting Technical Advisory Committee
Regular Meeting Minutes

Present: Christopher Jerdonek (Chair), Tony Wasserman, Roan Kattouw

Chair Jerdonek called the meeting to order at 6:02 p.m. All members were present at the gavel.

Member Wasserman gave a short review of his report to the Elections Commission last night.
"""

CONSEIL = """Séance du 17 janvier 1839

Présents : MM. Rohault, Lebas, Biet, Moreau.

M. Rohault présente le projet du ministère et demande quelques changements aux colonnes du passage couvert.

M. Lebas architecte, dépose sur le bureau un projet de construction d'un pavillon pour les séances particulières.
"""


def test_the_chair_calling_the_meeting_to_order_says_so():
    assert speaker_at(ingest_text(BOARD, "board.txt"), "called the meeting to order") == "Christopher Jerdonek"


def test_an_opening_sentence_that_does_not_open_on_the_name_stays_the_records():
    # near miss: the opener named deep in the sentence, after the clock, is not its subject
    text = BOARD.replace("Chair Jerdonek called the meeting to order at 6:02 p.m.",
                         "At 6:02 p.m., with all members present at the gavel, Chair Jerdonek called the meeting to order.")
    assert speaker_at(ingest_text(text, "board.txt"), "with all members present at the gavel") is None


def test_giving_a_report_is_speaking():
    assert speaker_at(ingest_text(BOARD, "board.txt"), "gave a short review of his report") == "Tony Wasserman"


def test_tabling_a_paper_is_speaking():
    assert speaker_at(ingest_text(CONSEIL, "conseil.txt"), "dépose sur le bureau un projet") == "Lebas"


def test_a_decision_line_names_no_one():
    assert parse_label("CONSENSED") is None and parse_label("Resolved") is None
