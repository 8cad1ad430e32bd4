"""A diarization tool's export labels each turn with a numbered voice, written as the tool writes it (WhisperX and
pyannote "SPEAKER_00", Amazon Transcribe "spk_0", "Locuteur 1", "Hablante 2"): each label is a speaker of its own,
kept as written, even one that speaks once; two labels that differ only in their number are two voices, never one
name with a typo."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.names import resolve
from quidit.ingest.records import Participant

FR = """Réunion d'équipe

SPEAKER_00: Bonjour à tous, on commence par le budget de cette année.
SPEAKER_01: Oui, les chiffres sont arrivés hier soir par mail.
SPEAKER_00: Parfait, alors regardons les dépenses du premier trimestre.
SPEAKER_02: Moi je pense qu'il faut revoir la ligne des déplacements.
"""

EN = """Weekly call

spk_0: Good morning, let us start with the budget for the year.
spk_1: Yes, the numbers came in last night by mail.
spk_0: Great, then we look at the spending of the first quarter.
spk_2: I think we should go over the travel line again.
"""

ES = """Reunión semanal

HABLANTE_1: Buenos días, empezamos con el presupuesto del año.
HABLANTE_2: Sí, las cifras llegaron ayer por la tarde.
HABLANTE_1: Perfecto, entonces revisamos los gastos del trimestre.
"""


def _speaker(doc: str, fragment: str) -> str | None:
    return speaker_at(ingest_text(doc, "call.txt"), fragment)


def test_an_underscored_diarization_label_opens_its_turn():
    assert _speaker(FR, "Bonjour à tous") == "SPEAKER_00"


def test_a_second_numbered_voice_is_not_the_first_one_misspelt():
    assert _speaker(FR, "les chiffres sont arrivés") == "SPEAKER_01"


def test_a_numbered_voice_that_speaks_once_still_holds():
    assert _speaker(FR, "revoir la ligne des déplacements") == "SPEAKER_02"


def test_amazon_transcribe_spk_labels_are_voices():
    assert _speaker(EN, "travel line") == "spk_2"


def test_a_spanish_numbered_voice_in_capitals_is_a_label():
    assert _speaker(ES, "las cifras llegaron") == "HABLANTE_2"


def test_labels_that_differ_only_in_their_number_never_resolve_to_each_other():
    assert resolve("SPEAKER_02", [Participant(name="SPEAKER_03")]) is None


def test_leading_zeros_do_not_make_another_voice():
    assert resolve("SPEAKER_2", [Participant(name="SPEAKER_02")]) is not None


def test_near_miss_a_name_with_a_typo_still_resolves():
    assert resolve("Schwarzenegger", [Participant(name="Arnold Schwarzeneger")]) is not None


def test_near_miss_a_word_and_a_number_in_prose_is_no_label():
    doc = "Notes\n\nLe speaker 2 du panel a parlé longuement. Il a conclu vers midi.\n"
    assert _speaker(doc, "a parlé longuement") is None
