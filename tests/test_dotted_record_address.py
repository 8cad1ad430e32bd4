"""A parliament's record that writes its turns "M. Name. - Words": a paragraph that opens by addressing someone and
goes on with a clause ("Monsieur Harmel, je ne sais pas ce qui vous est arrivé…") is the speaker's words, not a turn of
the person addressed; and a long title in capitals on a line of its own ("INTERPELLATION DE MME X A M. Y, …") is the
record's, nobody's. Snippets written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import DOT_LABEL

CRI = """COMPTE RENDU INTEGRAL

M. le Président. - La séance est ouverte.

M. Paul Lenoir. - Je souhaite intervenir sur le budget de la culture.

M. Marc Durand. - Vous n'avez pas été consulté non plus?

M. Paul Lenoir. - Les explications du ministre nous ont convaincus.

Monsieur Durand, je ne sais pas ce qui vous arrive aujourd'hui, mais je vous trouve bien agité. Je reprends.

M. Marc Durand. - C'est faux.

M. le Président. - L'ordre du jour appelle les interpellations.

INTERPELLATION DE MME ANNE MOREL A M. PAUL LENOIR, PRESIDENT DU COLLEGE, A PROPOS DU BUDGET DE LA CULTURE

M. le Président. - La parole est à Mme Morel.
"""


def _cri():
    return ingest_text(CRI, "cri.txt")


def test_address_with_a_clause_goes_on_with_the_speaker():
    assert speaker_at(_cri(), "je ne sais pas ce qui vous arrive") == "Paul Lenoir"


def test_address_with_a_clause_is_no_label():
    line = "Monsieur Durand, je ne sais pas ce qui vous arrive, mais je vous trouve agité. Je reprends."
    assert DOT_LABEL.match(line) is None


def test_name_with_a_title_after_its_comma_is_still_a_label():
    m = DOT_LABEL.match("M. Erwann Binet, rapporteur de la commission des lois. Même avis.")
    assert m is not None and m.group("label") == "M. Erwann Binet, rapporteur de la commission des lois"


def test_long_capitals_title_line_is_nobodys():
    assert speaker_at(_cri(), "INTERPELLATION DE MME ANNE MOREL") is None


def test_capitals_sentence_with_a_full_stop_stays_the_speakers():
    doc = CRI.replace("M. Marc Durand. - C'est faux.", "M. Marc Durand. - C'est faux.\n\n"
                      "NOUS NE VOTERONS PAS CE BUDGET, NI AUJOURD'HUI NI DEMAIN NI JAMAIS.")
    assert speaker_at(ingest_text(doc, "cri.txt"), "NOUS NE VOTERONS PAS") == "Marc Durand"
