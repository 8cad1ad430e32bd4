"""A diary or report that names its writer on its cover and tells, in the first person, what the writer said:

    Diario de aprendizaje
    Procesos educativos
    Ana Gil Romero
    Diciembre, 2022
    …
    Al final de la sesión pregunté a mis compañeros si les parecía bien…

The text calls itself its writer's (`REPORT_SELF`: "Diario de aprendizaje", "mon compte-rendu", "my notes"), so its
first person is the writer's narration, nobody's words; but a sentence in which the writer says something in the first
person singular of a verb of saying ("le comenté", "pregunté", "je lui ai demandé", "I asked"; `WRITER_SAID`) is the
writer's words. The writer is the one person named alone on a line of the cover (the lines before the first
paragraph of prose, `WRITER_COVER_PARAGRAPHS` at most); no name or two names there, and nobody is. Only sentences no
cue gave to anyone change.
"""
from __future__ import annotations

import re

from quidit.ingest.lexicon import END_OF_SENTENCE, REPORT_SELF, WRITER_COVER_PARAGRAPHS, WRITER_SAID
from quidit.ingest.listed_headings import name_alone
from quidit.ingest.names import lower_case_words, named_person
from quidit.ingest.records import Cue, Participant, Sentence


def cover_writer(text: str) -> str | None:
    """The one full name the cover gives alone on a line, or None."""
    lower = lower_case_words(text)
    found: set[str] = set()
    for para in text.split("\n\n", WRITER_COVER_PARAGRAPHS)[:WRITER_COVER_PARAGRAPHS]:
        line = para.strip()
        if "\n" in line or len(line.split()) > 12 or END_OF_SENTENCE.search(line) and len(line.split()) > 3:
            break  # the first paragraph of prose: the cover is over
        if (person := name_alone(line, lower)) is not None:
            found.add(person[0])
    return found.pop() if len(found) == 1 else None


def writer_speech(text: str, sentences: list[Sentence], participants: list[Participant]) -> int:
    """Give the writer the sentences where they say something in the first person; how many changed."""
    if REPORT_SELF.search(text) is None or WRITER_SAID.search(text) is None:
        return 0
    writer = cover_writer(text)
    if writer is None:
        return 0
    changed = 0
    for st in sentences:
        if st.speaker is None and st.cue in (Cue.NONE, Cue.NARRATION) and WRITER_SAID.search(text, st.start, st.end):
            seg = text[st.start:st.end]
            if re.match(r"\s*[\"“«]", seg):
                continue  # a quotation opening the sentence is someone's words the writer repeats
            st.speaker, st.cue = named_person(writer, participants).name, Cue.SPEECH_VERB
            changed += 1
    return changed
