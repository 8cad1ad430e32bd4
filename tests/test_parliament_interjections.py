"""A parliament's full record written as name lines over the words: a member who interjects once ("Mme Danielle
Simonnet" over one line) speaks that line, and the record's notes of the room inside a turn ("(Applaudissements sur
les bancs du groupe RE.)", "(Mme Élise Leboucher s’exclame.)") are nobody's words while the speaker goes on."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

RECORD = """Assemblée nationale, deuxième séance du jeudi 30 mai 2024

Mme la présidente

La parole est à M. Paul Girard.

M. Paul Girard

Je ne suis pas là pour recevoir des leçons. (Applaudissements sur les bancs du groupe RE.) Nous voulons éviter des inégalités de traitement.

Mme la présidente

Quel est l’avis de la commission ?

M. Luc Fabre, rapporteur

Avis défavorable, l’amendement est satisfait. (Mme Élise Leboucher s’exclame.) Je maintiens mon avis.

Mme Nadia Khelif

Et concrètement, comment font les femmes ?

Mme la présidente

La parole est à M. Paul Girard.

M. Paul Girard

Soyons précis, sans quoi nous proposerons n’importe quoi.

M. Luc Fabre, rapporteur

Je suis d’accord avec le ministre sur ce point.
"""


def test_an_applause_note_is_nobody_s():
    t = ingest_text(RECORD, "seance.txt")
    assert speaker_at(t, "Applaudissements sur les bancs") is None


def test_the_speaker_goes_on_after_the_note():
    t = ingest_text(RECORD, "seance.txt")
    assert speaker_at(t, "Je maintiens mon avis") == "Luc Fabre"


def test_a_member_who_interjects_once_speaks_their_line():
    t = ingest_text(RECORD, "seance.txt")
    assert speaker_at(t, "comment font les femmes") == "Nadia Khelif"


def test_a_bracketed_sentence_whose_verb_only_begins_like_a_reaction_is_the_speaker_s():
    record = RECORD.replace("Je maintiens mon avis.", "(Le collectif protestataire nous a écrit hier.) Je maintiens mon avis.")
    t = ingest_text(record, "seance.txt")
    assert speaker_at(t, "Le collectif protestataire") == "Luc Fabre"
