"""In a write-up of talks, a photo caption gives a name, a position and "during their talk" ("Sergi Cameron, director
de Entretenimiento en PlayGround, durante su charla."): nobody's words, though it ends with a full stop."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Diez claves de las jornadas

7. Adaptar los formatos

Sergi Cameron, director de Entretenimiento en PlayGround, explicó algunas de las claves de sus vídeos. Un vídeo corto basado en gráficos funciona mejor.

Sergi Cameron, director de Entretenimiento en PlayGround, durante su charla.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_a_caption_during_a_talk_is_nobodys():
    assert _speaker(NOTES, "durante su charla") is None


@pytest.mark.parametrize("caption", ["Sergi Cameron, head of entertainment, during his keynote.",
                                     "Sergi Cameron, directeur du divertissement, lors de son intervention."])
def test_the_same_in_english_and_french(caption):
    doc = NOTES.replace("Sergi Cameron, director de Entretenimiento en PlayGround, durante su charla.", caption)
    assert _speaker(doc, caption[:30]) is None


def test_a_sentence_with_a_speech_verb_before_during_is_speech():
    # near miss: "explicó durante su charla que …" is what he said
    doc = NOTES.replace("durante su charla.", "explicó durante su charla que el sonido es secundario.")
    assert _speaker(doc, "explicó durante su charla") == "Sergi Cameron"
