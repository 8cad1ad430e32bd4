"""A parliament's label on a line of its own whose brackets give a long office ("L'hon. Stéphane Dion (président du
Conseil privé de la Reine pour le Canada et ministre des Affaires intergouvernementales, Lib.):"), longer than a label
usually is: the name holds the turn. Each rule on a small text written for the test (the real documents are in
evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.pipeline import speakers_of

OFFICE = ("ministre du Développement des ressources humaines et ministre responsable de la Condition féminine et "
          "des Aînés, Lib.")

RECORD_FR = f"""CHAMBRE DES COMMUNES
M. Jean Tremblay (Laval, BQ):
Monsieur le Président, les chômeurs de ma région attendent toujours une réponse du gouvernement.
L'hon. Marie Gagnon ({OFFICE}):
Monsieur le Président, nous avons doublé les fonds du programme cette année.
Nous continuerons à travailler avec les provinces.
M. Jean Tremblay:
Monsieur le Président, ce n'est pas assez pour les familles.
"""

RECORD_EN = """HOUSE OF COMMONS
Mr. John Smith (Calgary West, Ref.):
Mr. Speaker, farmers in my riding are still waiting for the relief they were promised.
Hon. Jane Roe (Minister of Agriculture and Agri-Food and Minister responsible for the Canadian Wheat Board, Lib.):
Mr. Speaker, the relief program has already paid out most of its funds this year.
We will keep working with the provinces on it.
"""

# brackets that close before the end of the line: words about someone, no label
NOT_A_LABEL = f"""CHAMBRE DES COMMUNES
M. Jean Tremblay (Laval, BQ):
Monsieur le Président, les chômeurs de ma région attendent toujours une réponse du gouvernement.
Selon Marie Gagnon ({OFFICE}), le programme suffit: nous en doutons.
Le gouvernement doit agir avant la fin de l'année.
"""


def test_long_office_label_holds_the_turn():
    t = ingest_text(RECORD_FR, "record.txt")
    assert speaker_at(t, "nous avons doublé les fonds") == "Marie Gagnon"
    assert speaker_at(t, "Nous continuerons à travailler") == "Marie Gagnon"


def test_long_office_label_lists_the_person():
    t = ingest_text(RECORD_FR, "record.txt")
    assert "Marie Gagnon" in {s.name for s in speakers_of(t)}


def test_english_long_office_label():
    t = ingest_text(RECORD_EN, "hansard.txt")
    assert speaker_at(t, "the relief program has already") == "Jane Roe"
    assert speaker_at(t, "We will keep working") == "Jane Roe"


def test_bracketed_office_inside_a_sentence_is_no_label():
    t = ingest_text(NOT_A_LABEL, "record.txt")
    assert speaker_at(t, "Le gouvernement doit agir") == "Jean Tremblay"
