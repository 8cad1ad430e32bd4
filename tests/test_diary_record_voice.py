"""A parliament's diary tells a vote's result and the hour the sitting ended in its own voice ("Efectuada la
votación, dio el siguiente resultado: …", "Il est procédé au scrutin.", "Eran las doce y veinte minutos del
mediodía.", "The House rose at 18:05."): nobody's words, though they follow the chair's turn. An hour inside a
story ("Eran las tres de la tarde cuando…") is the speaker's."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

DIARY = """DIARIO DE SESIONES

El señor PRESIDENTE: Comienza la votación.

Efectuada la votación, dio el siguiente resultado: votos emitidos, 300; a favor, 170; en contra, 130.

El señor PRESIDENTE: Queda aprobada. Se levanta la sesión.

Eran las doce y veinte minutos del mediodía.
"""

STORY = """DIARIO DE SESIONES

El señor PRESIDENTE: Tiene la palabra el Grupo Vasco.

El señor RUIZ VALLEJO: Gracias, señor presidente.

Eran las tres de la tarde cuando llegaron los bomberos al pueblo.
"""

COMPTE_RENDU = """Compte rendu intégral

M. le président : Je mets aux voix l'amendement n° 12.

Il est procédé au scrutin.

M. le président : L'amendement n'est pas adopté.
"""


def test_the_vote_s_result_is_the_record_s():
    t = ingest_text(DIARY, "diario.txt")
    assert speaker_at(t, "Efectuada la votación") is None


def test_the_hour_the_sitting_ended_is_the_record_s():
    t = ingest_text(DIARY, "diario.txt")
    assert speaker_at(t, "Eran las doce") is None


def test_an_hour_in_a_speaker_s_story_is_theirs():
    t = ingest_text(STORY, "diario.txt")
    assert speaker_at(t, "Eran las tres de la tarde") == "Ruiz Vallejo"


def test_the_french_ballot_note_is_the_record_s():
    t = ingest_text(COMPTE_RENDU, "cr.txt")
    assert speaker_at(t, "Il est procédé au scrutin") is None
