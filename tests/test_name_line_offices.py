"""A parliament's record exported one intervention a paragraph: the speaker's name, a comma and the office in lower
case on a line of its own ("Éric Diard, rapporteur de la commission …"), the words on the lines under it."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Organisation du service dans les entreprises de transport aérien

Louis Roe, président
L'ordre du jour appelle la discussion de la proposition de loi de M. Éric Diard.
La parole est à M. Éric Diard, rapporteur de la commission du développement durable et de l'aménagement du territoire.

Éric Diard, rapporteur de la commission du développement durable et de l'aménagement du territoire
Cette proposition de loi concerne l'organisation du transport aérien et l'information des passagers.

Jean Mallot
Provocateur !

Éric Diard, rapporteur de la commission du développement durable et de l'aménagement du territoire
Il est normal que, dans notre pays, la négociation salariale soit encouragée.

Louis Roe, président
La parole est à Mme Anne Morin, ministre de l'écologie, du développement durable et des transports.

Anne Morin, ministre de l'écologie, du développement durable et des transports
Durant les trois dernières années, nous avons vécu mille grèves dans ce seul secteur.

Jean Mallot
Et alors ?

Anne Morin, ministre de l'écologie, du développement durable et des transports
Le trafic a été affecté presque cent soixante-quinze jours.
"""


def test_a_name_line_with_a_long_office_opens_the_named_persons_turn():
    assert speaker_at(ingest_text(RECORD, "seance.txt"), "la négociation salariale soit encouragée") == "Éric Diard"


def test_a_name_line_with_an_office_of_several_commas_opens_the_turn():
    assert speaker_at(ingest_text(RECORD, "seance.txt"), "affecté presque cent") == "Anne Morin"


def test_a_sentence_addressing_someone_is_no_name_line():
    # near miss: "Manu, entrevista a alguien importante…" is a reply to Manu, no office after the comma
    doc = RECORD + "\nManu, entrevista a alguien importante que nos interesa mucho\n"
    assert speaker_at(ingest_text(doc, "seance.txt"), "entrevista a alguien importante") != "Manu"
