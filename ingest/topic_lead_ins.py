"""A paragraph of a record's notes that opens with a topic and its colon: "Demo del flujo completo realizada durante
el bloque: el equipo ejecutó en vivo…", "Purposes of this meeting:" over a list, "Décisions prises en fin de réunion :
…". In notes whose turns open with "Name:" labels, such a lead-in looks like one more label, but its words are a
topic's, not a name (`TOPIC_LEAD_IN`: several words, one in lower case): the note-taker starts the next item, and
the last labelled speaker's turn ends before it. Only right after a turn of one paragraph, as notes write each
person's point (a speech over several paragraphs goes on past "Et c'est là que naît notre inquiétude: …"), and not
when the paragraph speaks in the first or second person ("The main point here: we need…", "… notre inquiétude"), nor
when it names a person of the meeting (the reported-speech rules read "Acuerdos: Ana propone…").
"""
from __future__ import annotations

from quidit.ingest.lexicon import FIRST_PERSON_SPEECH, FIRST_SECOND_PERSON, PARTICLES, POSSESSIVE_FIRST, TOPIC_LEAD_IN


def topic_lead_in(seg: str) -> bool:
    """Whether a paragraph's first sentence opens with a topic's lead-in and its colon (see the module)."""
    m = TOPIC_LEAD_IN.match(seg)
    if m is None or FIRST_SECOND_PERSON.search(seg) or FIRST_PERSON_SPEECH.search(seg) or POSSESSIVE_FIRST.search(seg):
        return False
    return any(w[:1].islower() and w not in PARTICLES for w in m.group("lead").split()[1:])
