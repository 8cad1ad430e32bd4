"""A parliament's record where each member speaks once, the surname alone on a line over the speech: the name counts
as a turn when the speech under it opens by addressing the chair ("Monsieur le Président, …"), even right under a
name that said nothing; a surname over an ordinary line stays a list entry."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

SITTING = """Séance plénière du lundi 17 janvier

La Présidente
L'ordre du jour appelle le rapport de M. Koch sur les conseillers à la sécurité.

Koch
Chère Présidente, chers collègues, je me félicite de la position commune adoptée par le Conseil.
La formation des conseillers sera enfin harmonisée.

La Présidente
Merci, Monsieur Koch.

Messner

Stenmarck
Monsieur le Président, le rapport auquel nous avons à faire n'implique pas de grands changements.
La plupart des amendements sont de nature technique.

Koch
Madame la Présidente, je remercie mon collègue pour son soutien.

La Présidente
Le débat est clos.
"""


def test_a_surname_once_over_an_address_to_the_chair_is_a_turn():
    assert speaker_at(ingest_text(SITTING, "pe.txt"), "amendements sont de nature technique") == "Stenmarck"


def test_a_surname_over_an_ordinary_line_is_no_turn():
    t = ingest_text(SITTING.replace("Monsieur le Président, le rapport", "Le rapport"), "pe.txt")
    assert speaker_at(t, "amendements sont de nature technique") != "Stenmarck"


THANKS = """Séance plénière du lundi 17 janvier

La Présidente
Y a-t-il un collègue pour prendre la parole au nom du groupe ?

Poettering
Madame la Présidente, mon groupe demande que ce point soit retiré de l'ordre du jour.

La Présidente
Merci Monsieur Poettering.

Poettering
Madame la Présidente, je maintiens la demande de mon groupe.

La Présidente
Nous passons au vote.
"""


def test_a_short_thanks_under_the_chairs_name_line_is_no_signature():
    t = ingest_text(THANKS, "pe.txt")
    assert speaker_at(t, "point soit retiré") == "Poettering"
    assert all(not p.name.startswith("Merci") for p in t.participants)
