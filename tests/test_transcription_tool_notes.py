"""The lines a transcription tool writes into its own export (Google Meet's "Esta transcripción editable se ha
generado por ordenador y puede contener errores.", "This editable transcript was computer generated…", "La
transcription s'est terminée après 01:02:03", Otter's "Transcribed by https://otter.ai") are nobody's words, not
the last speaker's."""
from __future__ import annotations

import pytest
from said import speaker_at

from quidit.ingest import ingest_text

CALL = """Weekly sync - Transcript

00:00:00

Jane Doe: Morning everyone, let us start with the budget review today.
Omar Haddad: Yes, the numbers for the next quarter are ready to share.
Jane Doe: Good, thank you, then we will meet again on Friday.

{note}
"""


def _speaker(note: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(CALL.format(note=note), "call.txt"), fragment)


@pytest.mark.parametrize("note", [
    "Esta transcripción editable se ha generado por ordenador y puede contener errores.",
    "This editable transcript was computer generated and might contain errors.",
    "Cette transcription modifiable a été générée par ordinateur et peut contenir des erreurs.",
])
def test_the_tools_disclaimer_is_nobodys(note):
    assert _speaker(note, note[:20]) is None


def test_the_tools_closing_line_is_nobodys():
    assert _speaker("La transcription s'est terminée après 01:02:03. Elle reste modifiable par tous.", "Elle reste") is None


def test_otters_credit_line_is_nobodys():
    assert _speaker("Transcribed by https://otter.ai and checked by hand later.", "checked by hand") is None


def test_a_speakers_own_sentence_about_the_transcript_is_theirs():
    # near miss: a turn that talks about the transcript is the speaker's words
    doc = CALL.format(note="") + "Jane Doe: This transcript was typed by Omar, and it may have errors.\n"
    assert speaker_at(ingest_text(doc, "call.txt"), "typed by Omar") == "Jane Doe"
