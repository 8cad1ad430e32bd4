"""Shared notes of a meetup where each talk's section is headed by its presenter's name in square brackets, before or
after the title ("[Nina Gasking] IA : apprentissage supervisé", "Open data roadmap [Jane Roe]"): the section's notes
are the presenter's, up to the next heading. Each rule on a small text written for the test."""
from __future__ import annotations

from said import speaker_at

from quidit.ingest import ingest_text

HEAD = "Rencontre du 12 mars\n\nPrésent·e·s : Nina Gasking, Marie Durand, Paul Leroy, Ana Gil\n\n"
NOTES = "atelier à destination de lycéens en demi-classe\n\nL'objet de l'atelier est l'apprentissage supervisé.\n\n"
NEXT = "[Paul Leroy] Origami et réseaux\n\nDes enveloppes dans une enveloppe pour parler d'encapsulation.\n"


def test_a_bracketed_name_before_the_title_gives_the_section_to_the_presenter():
    t = ingest_text(HEAD + "[Nina Gasking] IA : apprentissage supervisé\n\n" + NOTES + NEXT, "pad.md")
    assert speaker_at(t, "L'objet de l'atelier") == "Nina Gasking"


def test_the_next_bracketed_heading_opens_the_next_presenters_section():
    t = ingest_text(HEAD + "[Nina Gasking] IA : apprentissage supervisé\n\n" + NOTES + NEXT, "pad.md")
    assert speaker_at(t, "Des enveloppes") == "Paul Leroy"


def test_the_heading_itself_is_nobodys():
    t = ingest_text(HEAD + "[Nina Gasking] IA : apprentissage supervisé\n\n" + NOTES + NEXT, "pad.md")
    assert speaker_at(t, "IA : apprentissage") is None


def test_a_bracketed_name_after_the_title():
    text = ("Meetup notes, 12 March\n\nPresent: Jane Roe, Tom Lee\n\nOpen data roadmap [Jane Roe]\n\n"
            "The portal will publish every dataset under an open licence.\n\n" + NEXT)
    assert speaker_at(ingest_text(text, "pad.md"), "The portal will publish") == "Jane Roe"


def test_spanish_section():
    text = HEAD + "[Ana Gil] Taller de datos abiertos\n\nCada pareja recibe un conjunto de tarjetas con datos.\n\n" + NEXT
    assert speaker_at(ingest_text(text, "pad.md"), "Cada pareja recibe") == "Ana Gil"


def test_a_subtitle_right_under_the_heading_does_not_end_the_section():
    text = HEAD + "[Nina Gasking] IA : apprentissage supervisé\n\nEntrez dans la tête d'une IA\n\n" + NOTES + NEXT
    assert speaker_at(ingest_text(text, "pad.md"), "L'objet de l'atelier") == "Nina Gasking"


def test_a_listed_first_name_alone_in_brackets():
    text = HEAD + "[Marie] Grande muraille\n\nUne activité sur le parallélisme avec des briques de deux couleurs.\n\n" + NEXT
    assert speaker_at(ingest_text(text, "pad.md"), "Une activité sur le parallélisme") == "Marie Durand"


def test_near_miss_one_unlisted_word_in_brackets_is_no_presenter():
    text = HEAD + "[Applause] Thank you all\n\nUne activité sur le parallélisme avec des briques de deux couleurs.\n\n" + NEXT
    assert speaker_at(ingest_text(text, "pad.md"), "Une activité sur le parallélisme") is None


def test_near_miss_a_list_of_bracketed_agenda_items_opens_no_section():
    text = (HEAD + "[Paul Leroy] Signature des PV\n[Marie Durand] Budget de l'année\n\n"
            "Une activité sur le parallélisme avec des briques de deux couleurs.\n")
    assert speaker_at(ingest_text(text, "pad.md"), "Une activité sur le parallélisme") is None


def test_near_miss_a_sentence_before_a_bracketed_note_is_no_heading():
    text = HEAD + "Vous ne m'écoutez pas ! [Paul Leroy]\n\nUne activité sur le parallélisme avec des briques de deux couleurs.\n"
    assert speaker_at(ingest_text(text, "pad.md"), "Une activité sur le parallélisme") is None
