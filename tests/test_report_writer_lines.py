"""A conference write-up mixes the talk's content with the writer's own lines: thanks to the speaker by name, a line
pointing to the speaker's account, a verdict on the day's closing talk. Those are the writer's, nobody's words; the
speaker's points around them stay the speaker's. Each rule on a small text written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

WRITEUP = """Mon compte rendu du Forum du code à Lille

Mardi - première journée

Arrivée à Lille vers neuf heures, juste à temps pour le café.

Tester sans douleur - Sophie DUBOIS

Les tests automatisés coûtent moins cher que les bugs trouvés en production. Merci aux contributeurs du projet pour leurs nombreux correctifs. Une clôture des comptes est prévue chaque année en décembre.

Un grand merci à Sophie pour ce partage très concret !

Pour suivre Sophie, ça se passe par là : @sdubois

Réécrire son application - Marc LEFÈVRE

Réécrire une application prend toujours plus de temps que prévu. Follow the migration guide before you start anything.

Thanks Marc for this honest talk about legacy code.

Follow Marc on Mastodon: @marc@example.social

Une très belle clôture de cette première journée !
"""


@pytest.fixture(scope="module")
def writeup():
    return ingest_text(WRITEUP, "writeup.txt")


def test_thanks_to_the_speaker_by_name_are_the_writers(writeup):
    assert speaker_at(writeup, "Un grand merci à Sophie") is None


def test_thanks_in_english(writeup):
    assert speaker_at(writeup, "Thanks Marc for this honest talk") is None


def test_near_miss_thanks_to_others_stay_the_speakers(writeup):
    assert speaker_at(writeup, "Merci aux contributeurs du projet") == "Sophie DUBOIS"


def test_a_follow_line_with_a_handle_is_the_writers(writeup):
    assert speaker_at(writeup, "Pour suivre Sophie") is None


def test_a_follow_line_in_english(writeup):
    assert speaker_at(writeup, "Follow Marc on Mastodon") is None


def test_near_miss_follow_without_a_handle_stays_the_speakers(writeup):
    assert speaker_at(writeup, "Follow the migration guide") == "Marc LEFÈVRE"


def test_a_verdict_on_the_closing_talk_is_the_writers(writeup):
    assert speaker_at(writeup, "Une très belle clôture") is None


def test_near_miss_a_closing_without_a_verdict_stays_the_speakers(writeup):
    assert speaker_at(writeup, "Une clôture des comptes") == "Sophie DUBOIS"


def test_thanks_in_a_cronica_turn_are_the_writers():
    doc = ("Crónica de la jornada\n\nA continuación, ha sido el turno de Lucía Fernández Prieto. "
           "Las pruebas automáticas ahorran mucho dinero a los equipos pequeños. "
           "Muchas gracias a Lucía por compartir su experiencia con nosotras.\n")
    t = ingest_text(doc, "cronica.txt")
    assert speaker_at(t, "Las pruebas automáticas") == "Lucía Fernández Prieto"
    assert speaker_at(t, "Muchas gracias a Lucía") is None
