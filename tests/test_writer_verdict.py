"""In a talk's section of a conference write-up, a sentence opening on the writer's verdict ("Rien de vraiment nouveau
mais…", "Un peu court de résumer tout cela en 10min, mais…", "Nothing really new, but…", "Es una maravilla que…") is
the note-taker's, nobody's; the talk's speaker is reported around it. Snippets written for the test."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """dotJS 2015

Nous y étions encore cette année.

Practical ES6 par Nicolas Bevacqua

Nicolas Bevacqua présente les fondamentaux de ES6 avec une liste d'exemples.
{sentence}

Conclusion
"""


@pytest.mark.parametrize("sentence", [
    "Rien de vraiment nouveau mais une piqûre de rappel nécessaire, détaillée dans son article.",
    "Un peu court de résumer tout cela en 10min, mais le principe mérite qu'on s'y intéresse.",
    "Nothing really new, but a useful reminder of the basics.",
    "Es una maravilla que alguien aporte este valor a la comunidad.",
])
def test_writers_verdict_is_nobodys(sentence):
    t = ingest_text(NOTES.format(sentence=sentence), "notes.txt")
    assert speaker_at(t, sentence[:14]) is None


def test_talks_point_before_the_verdict_stays_the_speakers():
    t = ingest_text(NOTES.format(sentence="Rien de vraiment nouveau mais une piqûre de rappel."), "notes.txt")
    assert speaker_at(t, "présente les fondamentaux") == "Nicolas Bevacqua"


def test_un_peu_de_is_no_verdict():
    t = ingest_text(NOTES.format(sentence="Un peu de syntaxe suffit pour écrire des modules propres."), "notes.txt")
    assert speaker_at(t, "Un peu de syntaxe") == "Nicolas Bevacqua"
