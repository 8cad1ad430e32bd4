"""In a talk's section of a conference report, the writer's verdict with the talk's noun first, compared or ranked
("Présentation drôle et très bien animée…", "Une présentation plus théorique que technique…", "Sans doute l'une des
présentations les plus intéressantes de la journée.", "One of the best talks of the day."): nobody's words."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

NOTES = """dotJS 2015 : compte-rendu

Voici donc un tour d'horizon rapide des différentes présentations de la journée.

Reactive Javascript par André Staltz

André Staltz y présente de manière très simple la programmation reactive au travers de son framework.
Sans doute l'une des présentations les plus intéressantes de la journée.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    t = ingest_text(doc, "notes.txt")
    return speaker_at(t, fragment)


def test_a_talk_ranked_among_the_days_is_the_writers_verdict():
    assert _speaker(NOTES, "Sans doute l'une des") is None


@pytest.mark.parametrize("verdict", ["Une présentation plus théorique que technique, mais pas moins intéressante.",
                                     "Présentation drôle et très bien animée pour un sujet aride.",
                                     "One of the best talks of the day, without a doubt.",
                                     "Una de las charlas más amenas de la jornada, sin duda."])
def test_the_same_verdicts_in_other_forms_and_languages(verdict):
    doc = NOTES.replace("Sans doute l'une des présentations les plus intéressantes de la journée.", verdict)
    assert _speaker(doc, verdict[:20]) is None


def test_the_talks_content_before_the_verdict_is_still_the_speakers():
    assert _speaker(NOTES, "programmation reactive") == "André Staltz"


def test_a_presentation_of_a_tool_is_the_talks_content():
    # near miss: "Présentation de son outil…" opens with the noun but reports what the talk showed
    doc = NOTES.replace("Sans doute l'une des présentations les plus intéressantes de la journée.",
                        "Présentation de son outil de détection de fuites mémoire, Drool, en fin de talk.")
    assert _speaker(doc, "Présentation de son outil") == "André Staltz"
