"""An editor's note in brackets inside a turn: the publisher's words about what was said, not the speaker's.

A published transcript may explain a reference in brackets right after the sentence that makes it ("… nous sommes
en République à une voix près. (Pour trouver l'événement auquel fait référence le président, il faut retourner en
1875… l'amendement Wallon.)", "(Editor's note: the minister is referring to the 2019 report.)", "(N. del E.: se
refiere a la ley de 2006.)"). The note opens a sentence with its bracket, on the line of the speaker's sentence before
it, runs over whole sentences to the bracket that closes it and says it is a note (`EDITOR_NOTE_CUE`: "NDLR", "Note
de la rédaction", "Editor's note", "Nota del editor", or that the speaker refers to something: "fait référence", "is
referring to", "se refiere"). Its sentences are nobody's, and the turn goes on after it. A bracket without such
words ("(rires)", the speaker's own aside) is left as it is.
"""
from __future__ import annotations

from quidit.ingest.lexicon import EDITOR_NOTE, EDITOR_NOTE_CUE, EDITOR_NOTE_WORDS_MIN, SENTENCE_OPENS_AFTER


def editor_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the editor's notes in brackets, in order."""
    out = []
    for m in EDITOR_NOTE.finditer(text):
        if SENTENCE_OPENS_AFTER.search(text, max(0, m.start() - 3), m.start()) is None:
            continue  # "la loi (dite Wallon, à laquelle il fait référence)": inside the speaker's sentence; "[... he is
            # referring to …]" as a paragraph of its own: a translation of the speaker's words
        if len(m.group(0).split()) >= EDITOR_NOTE_WORDS_MIN and EDITOR_NOTE_CUE.search(m.group(0)):
            out.append((m.start(), m.end()))
    return out
