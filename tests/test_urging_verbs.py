"""Notes that credit a member's push with "X instó a…", "X urge a…", "X exhortó a…" (urges): a speech verb, as "X
urged…" is in English."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

NOTAS = """Notas de la reunión

Asistentes: Mayra Franco, Luis Gil.

Luis Gil explicó el calendario del proyecto.
Mayra Franco instó a priorizar la agilidad de las pantallas operativas.
"""


def test_insto_is_a_speech_verb():
    assert speaker_at(ingest_text(NOTAS, "notas.txt"), "priorizar la agilidad") == "Mayra Franco"
