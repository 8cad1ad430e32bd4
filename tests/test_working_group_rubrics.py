"""A working group's minutes after each talk: "Débat :" over the points raised, each naming who raised it, and
"Décision / Actions" over the group's decisions. Neither rubric is a person, both end the talk; a talk's own
sub-headings do not end it, and its byline stays a line of its own when the next line runs on under it.
Written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean

MINUTES = """Groupe de travail voirie
Compte rendu de réunion du 3 mars 2025
Participants :
Marie DURAND
Paul MARTIN
Luc BERNARD
Anne PETIT

1. Révision du guide
Par M. Durand, cf. présentation (page 4)
La révision du guide avance bien et une version sera publiée au printemps.
Calendrier
La relecture par les services commencera dès la fin du mois de mars.
Débat :
- P. Martin demande des précisions sur le calendrier de publication du guide.
Ils en feront un retour au groupe de travail.
- A. Petit confirme qu'il n'est pas demandé de trop morceler les tronçons du guide.

2. Arrêts de bus
La réglementation des arrêts de bus ne changera pas cette année.
Débat :
- L. Bernard indique que la relecture sera faite par le groupe en avril.
La collectivité rencontre des difficultés pour articuler les deux démarches.

3. Questions diverses
Par A. Petit, cf. présentation (page 9)
Les communes ont du mal à financer les collectes de données.
Décision / Actions
- poursuivre la réflexion sur la signalétique d'ici la prochaine réunion du groupe.
"""


def test_debat_is_no_speaker():
    t = ingest_text(MINUTES, "cr.txt")
    assert "Débat" not in [p.name for p in t.participants]


def test_the_points_under_debat_are_their_own_speakers():
    t = ingest_text(MINUTES, "cr.txt")
    assert (speaker_at(t, "Ils en feront un retour"), speaker_at(t, "articuler les deux démarches")) == ("Paul MARTIN", "Luc BERNARD")


def test_a_byline_read_as_a_heading_names_the_presenter():
    t = ingest_text(MINUTES, "cr.txt")
    assert speaker_at(t, "La révision du guide avance bien") == "Marie DURAND"


def test_a_sub_heading_inside_the_talk_keeps_the_presenter():
    t = ingest_text(MINUTES, "cr.txt")
    assert speaker_at(t, "La relecture par les services") == "Marie DURAND"


def test_decisions_are_the_group_s():
    t = ingest_text(MINUTES, "cr.txt")
    assert speaker_at(t, "poursuivre la réflexion sur la signalétique") is None


def test_a_byline_stays_a_line_of_its_own():
    text = clean("Par A. Gallais, cf. présentation (pages 13 à 16)\nLe suivi des évolutions est publié sur la page.\n").text
    assert text.split("\n")[0] == "Par A. Gallais, cf. présentation (pages 13 à 16)"
