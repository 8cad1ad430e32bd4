"""A French council's deliberation after the debate: its clauses open their lines in capitals, the words run on
("VU le projet de convention…,", "CONSIDÉRANT l’intérêt…;", "D’AUTORISER Monsieur le Maire… à signer"). They are the
resolution's text, nobody's, not the last speaker's. Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

MINUTES = """Conseil municipal du 5 juillet 2021

Présents : Paul Le Bihan, Cédric Seureau, Anne Le Guen.

12 - Convention avec l’association Habitat jeunes

Monsieur Cédric SEUREAU présente le partenariat avec l’association. Il comprend notamment
- la signature d’une convention d’objectifs pour 3 ans, venant préciser les modalités de travail entre les
deux structures
- le versement d’une subvention annuelle, permettant le fonctionnement du foyer de jeunes travailleurs.

VU le budget de la ville,
VU le projet de convention d’objectifs avec l’association Habitat jeunes qui lui est soumis,
CONSIDÉRANT l’intérêt de soutenir le logement des jeunes travailleurs sur le territoire ;
Il est proposé au conseil municipal :
D’AUTORISER Monsieur le Maire, ou son représentant, à signer la convention correspondante avec l’association.
"""


def test_a_clause_in_capitals_is_nobody_s():
    t = ingest_text(MINUTES, "cm.txt")
    assert (speaker_at(t, "VU le projet de convention"), speaker_at(t, "CONSIDÉRANT l’intérêt")) == (None, None)


def test_the_decision_s_clause_is_not_the_last_speaker_s():
    assert speaker_at(ingest_text(MINUTES, "cm.txt"), "D’AUTORISER Monsieur le Maire") is None

