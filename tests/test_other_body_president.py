"""A record writes the sitting's chair as the bare role ("M. le Président. -", "El señor PRESIDENTE:", "The CHAIR:");
a speaker whose own label names them with the presidency of another body ("M. Paul Lenoir, Président du Collège. -")
is not that chair. Each rule on a small text written for the test (the real documents are in evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import PRESIDENT_OF


def _speaker(t, fragment):
    return speaker_at(t, fragment)


FR = """COMPTE RENDU INTEGRAL

M. le Président. - La séance est ouverte.

M. le Président. - La parole est à Mme Anne Morel pour développer son interpellation.

Mme Anne Morel. - Monsieur le Président, ma question porte sur le budget de la culture.

M. Paul Lenoir, Président du Collège. - Je vous répondrai la semaine prochaine.

M. le Président. - L'incident est clos.
"""

EN = """OFFICIAL REPORT

The CHAIR: The sitting is open.

Ms Jane Roe, Chair of the Finance Committee: Our committee has finished its report on the budget.

The CHAIR: I thank the honourable member for her report.
"""


def test_a_bare_chair_label_is_not_the_president_of_another_body_french():
    assert _speaker(ingest_text(FR, "cri.txt"), "L'incident est clos") != "Paul Lenoir"


def test_a_bare_chair_label_is_not_the_chair_of_another_body_english():
    assert _speaker(ingest_text(EN, "report.txt"), "I thank the honourable member") != "Jane Roe"


def test_the_other_bodys_president_keeps_their_own_turn():
    assert _speaker(ingest_text(FR, "cri.txt"), "Je vous répondrai la semaine prochaine") == "Paul Lenoir"


def test_the_sittings_own_president_named_in_a_label_is_still_the_chair():
    text = FR.replace("M. Paul Lenoir, Président du Collège. -", "M. Paul Lenoir, président de séance. -")
    assert _speaker(ingest_text(text, "cri.txt"), "L'incident est clos") == "Paul Lenoir"


def test_a_president_without_a_body_is_no_other_bodys_president():
    assert PRESIDENT_OF.match("président") is None


def test_presidency_of_a_body_in_three_languages():
    assert all(PRESIDENT_OF.match(s) for s in ("Président du Collège", "Presidenta del Consejo",
                                               "Chair of the Finance Committee"))
