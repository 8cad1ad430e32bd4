"""Minutes: the person the session-opening sentence names ("toma la palabra el Señor Tesorero X … se da inicio a la
Asamblea", "M. X ouvre la séance", "X called the meeting to order") leads the session, so the minutes' unnamed
first-person words are theirs. Each rule on a small text written for the test (the real documents are in
evals/data/real)."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text


def _speaker(t, fragment):
    return speaker_at(t, fragment)


ES = """ACTA DE LA ASAMBLEA ANUAL DEL CLUB

Siendo las 10 horas, toma la palabra el Señor Tesorero Julián Ortega Vidal y se da inicio a la Asamblea con la presencia
de ochenta socios.

Toma la palabra el socio Pedro Sanz Gil:
Propongo que se vote el presupuesto en esta misma sesión.
Queda aprobada la moción.

En la segunda parte nos va a explicar el plan de obras la arquitecta del club.
"""

FR = """Compte rendu de l'assemblée générale de l'association

Monsieur Jean Morel ouvre la séance à 20 heures devant une trentaine d'adhérents.

Madame Claire Roy présente le rapport financier de l'année.
Le rapport financier est adopté à l'unanimité.

Nous remercions les bénévoles pour leur aide pendant la fête du village.
"""

EN = """Annual general meeting of the allotment society

Jane Roe called the meeting to order at 7pm in the village hall.

Tom Hale presented the accounts for the year.
The accounts were approved unanimously.

We thank the volunteers for their help at the summer fair.
"""


def test_spanish_first_person_words_are_the_session_openers():
    assert _speaker(ingest_text(ES, "asamblea.txt"), "nos va a explicar el plan de obras") == "Julián Ortega Vidal"


def test_french_first_person_words_are_the_session_openers():
    assert _speaker(ingest_text(FR, "ag.txt"), "Nous remercions les bénévoles") == "Jean Morel"


def test_english_first_person_words_are_the_session_openers():
    assert _speaker(ingest_text(EN, "agm.txt"), "We thank the volunteers") == "Jane Roe"


def test_opening_sentence_itself_keeps_its_own_reading():
    assert _speaker(ingest_text(EN, "agm.txt"), "Tom Hale presented the accounts") == "Tom Hale"


def test_without_an_opening_sentence_first_person_words_stay_unnamed():
    text = EN.replace("Jane Roe called the meeting to order at 7pm in the village hall.",
                      "The meeting took place at 7pm in the village hall.")
    assert _speaker(ingest_text(text, "agm2.txt"), "We thank the volunteers") is None
