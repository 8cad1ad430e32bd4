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


ONCE_EACH = """Reanudación del período de sesiones

La Presidenta
Declaro reanudado el período de sesiones del Parlamento Europeo, interrumpido el viernes 6 de octubre de 2000, y les deseo a todos un buen trabajo en esta semana.

Speroni
Señora Presidenta, en las Actas consta que se planteó en este Pleno el caso de un profesor de Verona, y quiero informarles de que el asunto ha resultado ser una invención.

La Presidenta
Esa información no requiere una rectificación del Acta, señor Speroni, pero tomo nota de ello y se la transmitiré a los servicios.

Trakatellis
Señora Presidenta, quiero señalar que en Grecia la situación es muy grave después de los incendios del verano y pido que el Parlamento lo tenga en cuenta.

La Presidenta
Gracias, señor Trakatellis.

Katiforis
Señora Presidenta, las inundaciones han causado daños en muchas regiones del país y quisiera que se expresara la solidaridad de esta Asamblea con las víctimas.

La Presidenta
Tomo nota, señor Katiforis.

Morgantini
Señora Presidenta, quisiera hablar de la situación en Oriente Próximo esta semana, porque la violencia no deja de crecer y nuestra Asamblea debe pronunciarse.
"""


def test_members_who_speak_once_each_under_a_recurring_chair_are_turns():
    """Only the chair's name line recurs: the members' words addressing the chair make the layout a dialogue."""
    t = ingest_text(ONCE_EACH, "pe.txt")
    assert (speaker_at(t, "situación es muy grave"), speaker_at(t, "tomo nota de ello")) == ("Trakatellis", "La Presidenta")


def test_single_names_over_ordinary_lines_under_a_recurring_chair_stay_lines():
    t = ingest_text(ONCE_EACH.replace("Señora Presidenta, ", ""), "pe.txt")
    assert speaker_at(t, "situación es muy grave") != "Trakatellis"
