"""Minutes whose topic heading sits on a line of its own above its first sentence (a flattened Topic/Discussion table,
a summary's topic lines): the splitter runs the heading into that sentence ("Budget Review" | "Maria noted…"), and
the first name opening the second line is still the sentence's subject, as it is on any other line. A wrapped prose
line that ends in a lower-case word is no heading: the name after it is not made a speaker by its line start."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

EN = """Steering Committee Minutes, 3 March 2025

Attendees: Maria Lopez (Chair), Peter Olsen, Hannah Brooks

Topic
Discussion
Notes

Budget Review
Maria noted the budget for the second quarter is still under review by the finance team.
No decision yet.

Release Planning (Peter)
Peter presented the plan for the spring release and the three remaining blockers. It depends on the new build servers arriving before April.
Postponed to the next meeting.
"""

FR = """Compte rendu du comité du 3 mars 2025

Présents : Marie Dubois (présidente), Paul Girard, Sophie Martin

Suivi du Budget
Marie indique que le budget du deuxième trimestre est encore en cours de révision par le trésorier.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "minutes.txt"), fragment)


def test_a_first_name_after_a_topic_line_speaks():
    assert _speaker(EN, "budget for the second quarter") == "Maria Lopez"


def test_a_topic_line_ending_in_a_bracketed_owner():
    assert _speaker(EN, "plan for the spring release") == "Peter Olsen"


def test_the_report_carries_on_after_the_run_in_sentence():
    assert _speaker(EN, "depends on the new build servers") == "Peter Olsen"


def test_a_french_topic_line():
    assert _speaker(FR, "budget du deuxième trimestre") == "Marie Dubois"


def test_a_wrapped_prose_line_is_no_topic_line():
    # near miss: "… the budget that" ends in a lower-case word, a hard-wrapped sentence, not a heading
    doc = EN.replace("Budget Review\nMaria noted", "The finance team has reviewed the budget that\nMaria noted")
    assert _speaker(doc, "budget for the second quarter") != "Maria Lopez"


def test_a_short_topic_line_in_lower_case_opening_its_paragraph():
    # "Responsabilités du bureau" | "Paul propose que…": a short heading line, though its last word is in lower case
    doc = FR.replace("Suivi du Budget\nMarie indique", "Responsabilités du bureau\nPaul propose")
    assert _speaker(doc, "budget du deuxième trimestre") == "Paul Girard"


def test_an_english_topic_line_in_lower_case():
    doc = EN.replace("Budget Review\nMaria noted", "Budget review\nMaria noted")
    assert _speaker(doc, "budget for the second quarter") == "Maria Lopez"


def test_near_miss_a_short_line_inside_a_paragraph_is_no_topic_line():
    # the short line follows a sentence of the same paragraph: a wrapped or stray line, not the paragraph's heading
    doc = FR.replace("Suivi du Budget\nMarie indique",
                     "Le trésorier a relu les comptes.\nVoir le tableau joint\nMarie indique")
    assert _speaker(doc, "budget du deuxième trimestre") != "Marie Dubois"


def test_near_miss_a_long_first_line_in_lower_case_is_wrapped_prose():
    doc = FR.replace("Suivi du Budget\nMarie indique", "Le trésorier a relu les comptes de\nMarie indique")
    assert _speaker(doc, "budget du deuxième trimestre") != "Marie Dubois"
