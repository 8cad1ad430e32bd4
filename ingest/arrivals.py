"""A member's arrival, then the member's words with the subject left unsaid, in Spanish minutes.

Minutes that list no one present record a late arrival by the name after its verb ("Se ha incorporado Eduardo (de la
comisión Bienvenida).", "Finalmente ha llegado Carmen.") and go straight on with what the newcomer said, the subject
left unsaid as Spanish leaves it ("Nos ha hablado de un futuro proyecto…", "Ha propuesto algunas cosas…"). That
sentence is the newcomer's: the sentence right before it is the arrival (`ARRIVAL_BEFORE`), and it opens on a speech
verb, an object pronoun at most before it (`NULL_SUBJECT_SPEECH`). "Se ha presentado." (reflexive) and a sentence
with its own subject are left to the other rules.
"""
from __future__ import annotations

from quidit.ingest.lexicon import ARRIVAL_BEFORE, ARRIVAL_WINDOW, NULL_SUBJECT_SPEECH, SPEECH_VERB


def arrived_speaker(text: str, s: int, e: int) -> str | None:
    """The name of the member whose arrival the sentence before `s` records, when the sentence at s..e opens on a
    speech verb without a subject (see the module); else None."""
    lead = NULL_SUBJECT_SPEECH.match(text, s, e)
    if lead is None or SPEECH_VERB.match(text, lead.end(), e) is None:
        return None
    before = ARRIVAL_BEFORE.search(text, max(0, s - ARRIVAL_WINDOW), s)
    return before.group("name") if before is not None else None
