"""Meeting-transcription tools write an unnamed voice's turn line with its time and nothing else, the speech on the
lines under it: after the time ("00:33:34 audience6", "[00:01:02] Intervenant 2"), before it ("Speaker 1  0:03",
Otter), or before the time in brackets and a colon ("Participante 1 (0:03):", Teams). The line opens that voice's
turn; each number is its own person, never merged with another number or with a named speaker."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.lexicon import TIME_VOICE_LINE
from quidit.ingest.pipeline import speakers_of

PUBLIC_MEETING = """00:00:00 Marie Dupont
Bonsoir à tous, merci d'être venus si nombreux pour cette deuxième réunion publique.

00:00:41 Marie Dupont
Nous allons d'abord présenter le projet, puis nous prendrons vos questions.

00:01:15 audience2
Moi j'ai une question sur le parking de la salle des fêtes, qu'est-ce qui est prévu ?

00:01:40 Marie Dupont
Le parking sera refait au printemps, avec des places pour les vélos.

00:02:05 audience5
Et pour les horaires de la bibliothèque, est-ce que vous comptez les élargir ?

00:02:30 Paul Martin
Oui, nous voulons l'ouvrir le samedi après-midi dès la rentrée.
"""

OTTER = """Weekly call

Speaker 1  0:03
Good morning everyone, let us start with the budget for next year.

Speaker 2  0:12
The numbers came in last night, I will share them in a minute.

Speaker 1  0:25
Perfect, then we look at the spending of the first quarter.
"""

TEAMS = """Reunión semanal

Participante 1 (0:03):
Buenos días a todos, empezamos con el presupuesto del año que viene.

Participante 2 (0:10):
Las cifras llegaron ayer por la tarde, las comparto en un minuto.

Participante 1 (0:25):
Perfecto, entonces revisamos los gastos del primer trimestre.
"""

BRACKETED_TIME = """Réunion d'équipe

[00:00:01] Intervenant 1
Bonjour à tous, on commence par le budget de l'année prochaine.

[00:00:10] Intervenant 2
Les chiffres sont arrivés hier soir, je les partage tout de suite.

[00:00:20] Intervenant 1
Parfait, alors regardons les dépenses du premier trimestre.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "call.txt"), fragment)


def test_a_numbered_audience_voice_after_the_time_opens_its_turn():
    assert _speaker(PUBLIC_MEETING, "le parking de la salle des fêtes") == "audience2"


def test_the_named_speaker_after_an_audience_voice_takes_the_turn_back():
    assert _speaker(PUBLIC_MEETING, "Le parking sera refait") == "Marie Dupont"


def test_two_numbers_of_one_noun_are_two_people():
    listed = [s.name for s in speakers_of(ingest_text(PUBLIC_MEETING, "meeting.txt"))]
    assert "audience2" in listed and "audience5" in listed


def test_a_numbered_voice_is_never_merged_with_a_named_speaker():
    listed = [s.name for s in speakers_of(ingest_text(PUBLIC_MEETING, "meeting.txt"))]
    assert listed.count("Marie Dupont") == 1 and "Paul Martin" in listed


def test_a_voice_before_its_time_opens_its_turn():
    assert _speaker(OTTER, "numbers came in last night") == "Speaker 2"


def test_a_voice_before_its_time_in_brackets_and_a_colon_opens_its_turn():
    assert _speaker(TEAMS, "Las cifras llegaron") == "Participante 2"


def test_a_voice_after_a_bracketed_time_opens_its_turn():
    assert _speaker(BRACKETED_TIME, "Les chiffres sont arrivés") == "Intervenant 2"


def test_the_voice_is_the_label_without_its_time():
    assert TIME_VOICE_LINE.match("00:33:34 audience6").group("after") == "audience6"


def test_near_miss_a_numbered_heading_after_a_time_is_no_voice():
    assert TIME_VOICE_LINE.match("00:12:03 Chapitre 2") is None


def test_near_miss_a_voice_with_words_after_it_is_no_turn_line():
    assert TIME_VOICE_LINE.match("00:12:03 Speaker 2 said that the budget was late") is None


def test_the_turn_line_is_linear_on_a_long_line():
    assert TIME_VOICE_LINE.match("00:12:03 " + "speaker 2 " * 20000) is None
