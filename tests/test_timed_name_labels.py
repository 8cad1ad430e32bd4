"""A recording's transcript labels each turn with the speaker's name and the turn's time before the colon ("Justice
Roe (00:01:02): …", as Rev exports it); such a transcript holds no narration and no headings between its turns, so a
sentence naming someone with a verb, or a line the speech-to-text cut short, stays the labelled speaker's. One
behaviour per test, with near misses."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text
from quidit.ingest.cleaning import clean
from quidit.ingest.labels import LineKind, classify, line_units

HEARING = """R. v. Lemaire

2021-05-04

Justice Moreau (00:00:12): Bonjour à tous.

Nous entendons l'appel dans l'affaire Lemaire.

Speaker 1 (00:00:40): Madame la juge, bonjour.

Je vais d'abord parler des faits retenus en première instance.

Justice Lavoie (00:01:15): Une question sur le témoin.

Justement, Mme Perrin témoigne aussi quant à la durée de l'échange.

Speaker 1 (00:01:52): Oui, elle en parle au paragraphe douze.

Mon confrère

Alain Ferland y reviendra plus tard.

Justice Moreau (00:02:30): Merci.
"""


def _kinds(text: str) -> list[tuple[LineKind, str | None]]:
    ct = clean(text)
    out = []
    for ln in line_units(ct):
        classify(ct.text, ln)
        out.append((ln.kind, ln.label))
    return out


def test_name_then_bracketed_time_then_colon_is_a_label():
    assert _kinds("Justice Moreau (00:00:12): Bonjour à tous.") == [(LineKind.LABEL, "Justice Moreau")]


def test_sentence_with_a_bracketed_time_names_no_speaker():
    text = HEARING + "\nThe recording resumed after the short break (00:14:10): counsel for the Crown went on.\n"
    t = ingest_text(text, "hearing.txt")
    assert not any(p.name.startswith("The recording") for p in t.participants)


def test_timed_label_opens_the_judges_turn():
    t = ingest_text(HEARING, "hearing.txt")
    assert speaker_at(t, "Bonjour à tous") == "Justice Moreau"
    assert speaker_at(t, "Nous entendons l'appel") == "Justice Moreau"


def test_named_witness_with_verb_stays_the_labelled_speakers():
    t = ingest_text(HEARING, "hearing.txt")
    assert speaker_at(t, "Mme Perrin témoigne") == "Justice Lavoie"


def test_line_cut_short_by_the_transcriber_stays_the_speakers():
    t = ingest_text(HEARING, "hearing.txt")
    assert speaker_at(t, "Mon confrère") == "Speaker 1"
    assert speaker_at(t, "y reviendra plus tard") == "Speaker 1"


def test_untimed_labels_still_let_a_named_person_take_the_floor():
    notes = """Réunion du bureau

Anne Roy : Bonjour à tous, on commence.

Paul Dumas : Je présente le budget de l'année.

Anne Roy : Merci Paul.

Madame Claire Vidal explique ensuite le calendrier des travaux.
"""
    t = ingest_text(notes, "notes.txt")
    assert speaker_at(t, "explique ensuite le calendrier") != "Anne Roy"
