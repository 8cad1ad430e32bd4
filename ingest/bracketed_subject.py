"""A scribe's notes that say who "we" or "on" is by a name in brackets right after the pronoun: "On (e-jim) va tout de
même aller voir…", "We (Jana) will draft the reply", "Nosotros (Ana) revisamos el acta". The bracket names the one
member who acts or speaks for the group there: the sentence is theirs. Only a name that is one participant's; a bracket
with several names ("On (Ana et Paul)…") or someone the notes do not know is left to the other rules."""
from __future__ import annotations

from quidit.ingest.lexicon import PRONOUN_BRACKETED
from quidit.ingest.names import candidates, resolve
from quidit.ingest.records import Participant


def bracketed_subject(seg: str, participants: list[Participant]) -> Participant | None:
    """The participant a sentence's bracketed subject names ("On (e-jim) va…"), or None."""
    m = PRONOUN_BRACKETED.match(seg)
    if m is None:
        return None
    who = m.group("who").strip()
    if len(candidates(who, participants)) > 1:
        return None
    return resolve(who, participants)
