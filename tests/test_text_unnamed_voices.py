"""A plain-text diarization export ("SPEAKER_00: …", "Locuteur 1 : …") names nobody: its numbered voices are listed
as unnamed, with their first words, and a sidecar beside the transcript ("SPEAKER_00 = \\"Jane Roe\\"") names them, as
for the tools' JSON and subtitle exports."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest.pipeline import ingest_file

CALL = """Réunion d'équipe

SPEAKER_00: Bonjour à tous, on commence par le budget de cette année.
SPEAKER_01: Oui, les chiffres sont arrivés hier soir par mail.
SPEAKER_00: Parfait, alors regardons les dépenses du premier trimestre.
"""

NAMED = """Réunion d'équipe

Jeanne Roux: Bonjour à tous, on commence par le budget de cette année.
Omar Haddad: Oui, les chiffres sont arrivés hier soir par mail.
Jeanne Roux: Parfait, alors regardons les dépenses du premier trimestre.
"""


def _file(tmp_path, text: str, sidecar: str | None = None):
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / "call.speakers.toml").write_text(sidecar, encoding="utf-8")
    return ingest_file(path)


def test_a_text_transcripts_numbered_voices_are_listed_unnamed_with_their_first_words(tmp_path):
    assert _file(tmp_path, CALL).unnamed["SPEAKER_01"].startswith("Oui, les chiffres")


def test_a_sidecar_names_a_voice_of_a_text_transcript(tmp_path):
    t = _file(tmp_path, CALL, 'SPEAKER_00 = "Jane Roe"\n')
    assert speaker_at(t, "Bonjour à tous") == "Jane Roe"


def test_a_named_voice_is_no_longer_listed_unnamed(tmp_path):
    assert "SPEAKER_00" not in _file(tmp_path, CALL, 'SPEAKER_00 = "Jane Roe"\n').unnamed


def test_a_sidecar_key_that_labels_no_turn_is_warned_about(tmp_path):
    t = _file(tmp_path, CALL, 'SPEAKER_07 = "Nobody"\n')
    assert any("SPEAKER_07 is not a speaker label" in w for w in t.warnings)


def test_near_miss_named_labels_are_not_unnamed_voices(tmp_path):
    assert _file(tmp_path, NAMED).unnamed == {}
