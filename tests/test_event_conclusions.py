"""A crónica draws the event's conclusions in the writer's voice ("Una de las conclusiones más compartidas fue…",
"Another of the takeaways was…", "L'une des conclusions de la journée…"): the reported speaker before it ends there."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """Diez claves de las jornadas

1. Ir donde esté el espectador

Borja Terán destacó que la televisión debe ir al espectador. Una de las conclusiones más compartidas fue la necesidad de acercar los informativos a las plataformas. Esto implica tener presencia en las redes sociales.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_the_events_conclusion_is_the_writers():
    assert _speaker(NOTES, "Una de las conclusiones") is None


def test_the_sentence_after_the_conclusion_is_not_the_last_speakers():
    assert _speaker(NOTES, "Esto implica") is None


@pytest.mark.parametrize("old, new", [
    ("Una de las conclusiones más compartidas fue", "One of the key takeaways was"),
    ("Una de las conclusiones más compartidas fue", "L'une des conclusions de la journée était"),
])
def test_the_same_in_english_and_french(old, new):
    assert _speaker(NOTES.replace(old, new), new[:12]) is None


def test_a_conclusion_inside_the_speakers_sentence_stays_theirs():
    # near miss: the speaker draws a conclusion in his own sentence; it does not open with "Una de las conclusiones"
    doc = NOTES.replace("Una de las conclusiones más compartidas fue", "Para él, la conclusión más compartida fue")
    assert _speaker(doc, "la conclusión más compartida") == "Borja Terán"
